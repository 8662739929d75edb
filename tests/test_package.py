"""The package as a user installs it: the built wheel in a fresh venv, used from outside the repository.

The venv reuses the project's installed dependencies (a .pth file points at this venv's
site-packages) and gets the wheel with --no-deps, so the test takes seconds and needs no network.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        cwd=tmp,
    )
    assert build.returncode == 0, build.stderr
    wheel = next((tmp / "dist").glob("corpus_tools-*.whl"))
    env = tmp / "env"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # the dependencies come from this venv; corpus_tools itself only from the wheel
    (Path(site) / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert pip.returncode == 0, pip.stderr
    return env


@pytest.mark.slow
def test_wheel_ships_seeds_and_report_works_outside_the_clone(installed, tmp_path):
    python, cli = installed / "bin" / "python", installed / "bin" / "corpus-tools"
    code = (
        "import corpus_tools as ct; c = ct.load_seeds(); "
        "print(ct.__file__); print(ct.seeds_path()); print(len(c), ct.__version__)"
    )
    run = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    where, seeds, counts = run.stdout.splitlines()
    assert where.startswith(str(installed)) and seeds.startswith(str(installed))
    assert counts == "3 0.1.0"
    version = subprocess.run([str(cli), "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert version.stdout.strip() == "corpus-tools 0.1.0"
    report = subprocess.run(
        [str(cli), "report", seeds, "-o", "out"], capture_output=True, text=True, cwd=tmp_path
    )
    assert report.returncode == 0, report.stderr
    page = (tmp_path / "out" / "report.html").read_text()
    assert page.count('<section class="ct-view"') == 2 and "ct-table" in page


def test_metadata_and_extras(installed):
    python = installed / "bin" / "python"
    code = (
        "from importlib.metadata import metadata as m; d = m('corpus_tools'); "
        "print(d['License-Expression']); print(d.get_all('Project-URL')[0]); "
        "print(sorted(d.get_all('Provides-Extra'))); print(d.get_all('License-File'))"
    )
    lines = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert lines[0] == "MIT" and lines[1].startswith("Homepage, https://")
    assert lines[2] == "['dask', 'dev', 'explore', 'jupyter', 'web']" and "LICENSE" in lines[3]
    requires = subprocess.run(
        [str(python), "-c", "from importlib.metadata import requires; print(requires('corpus_tools'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    jupyter = {r.split(">")[0] for r in eval(requires) if 'extra == "jupyter"' in r}  # noqa: S307
    assert jupyter == {"jupyterlab", "ipykernel", "papermill", "textacy"}


def test_importing_the_package_leaves_spacy_and_textacy_unimported():
    # the loader, the scale engine and `corpus-tools index` never parse: spaCy (about 0.8 s to import)
    # loads with the first parse, and textacy only inside ct.key_terms
    code = (
        "import sys, corpus_tools; "
        "print(sorted(m for m in ('spacy', 'textacy', 'sklearn', 'dask') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
