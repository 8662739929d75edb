"""Render the findings of the stories of the claims audit (``benchmarks/claims.md``), so the audit can
be redone after a change: run it, compare each paragraph with the claims listed in claims.md, and
mark again every claim whose wording changed.

Stories: the seeds; the Cominco strike updates of Reuters-21578 (June 1987); four METER courts
stories; then, each round, METER courts stories drawn at random before anything of theirs was
rendered: held out (``HELD_OUT``, ``HELD_OUT_4`` ... ``HELD_OUT_31``) and, from the tenth round on,
read to fix speaker kinds, not held out (``TUNE_10`` ... ``TUNE_31``). Until the twenty-fifth round
the draws took folders with PA takes and 3 or more papers; those are spent, so from the twenty-sixth
the draws take the folders with PA takes and exactly 2 papers (``--draw 26``: six held out, then six
to tune, ``random.Random(126)``; they are short). Those were spent with the twenty-eighth round, so from
the twenty-ninth the draws take the folders with PA takes and exactly 1 paper (``--draw 29``: ten held
out, then ten to tune, ``random.Random(129)``; one paper of about a hundred words gives few claims).
``--draw 31`` takes the last 16 of those: eight held out, eight to tune. With every courts folder
drawn, ``--draw 32`` takes ten held out and ten to tune from another domain: the Reuters-21578 update
series read by hand for the family tree (``reuters_series``), keyed ``reuters/NEWID+NEWID``;
``--draw 33`` takes ten and ten more from the 285 series round 32 did not draw.
Round 38 took the last of those; from round 39 ``--draw`` takes ``POOL_60``, the next pool (96 series
no one has read, made by round 60 of the fact reading: ``benchmarks/family_round60.md``).
The data are read from ``../shared/data`` (``--data``), extracted to a temporary folder, never
into the repository.

Usage::

    python benchmarks/claims.py                 # every story
    python benchmarks/claims.py --story cominco # one
    python benchmarks/claims.py --meter-all     # check: flags and classes on all METER courts
    python benchmarks/claims.py --draw 6        # the sixth round's held-out draw (HELD_OUT_6)
    python benchmarks/claims.py --draw 7        # the seventh round's (HELD_OUT_7; 23 and 25 redo rounds 4, 5)
    python benchmarks/claims.py --draw 8        # the eighth round's (HELD_OUT_8)
    python benchmarks/claims.py --draw 9        # the ninth round's (HELD_OUT_9)
    python benchmarks/claims.py --draw 10       # the tenth round's (HELD_OUT_10)
    python benchmarks/claims.py --draw 11       # the eleventh round's (HELD_OUT_11)
    python benchmarks/claims.py --draw 12       # the twelfth round's (HELD_OUT_12)
    python benchmarks/claims.py --draw 13       # the thirteenth round's (HELD_OUT_13)
    python benchmarks/claims.py --draw 14       # the fourteenth round's (HELD_OUT_14)
    python benchmarks/claims.py --draw 15       # the fifteenth round's (HELD_OUT_15)
    python benchmarks/claims.py --draw 16       # the sixteenth round's (HELD_OUT_16)
    python benchmarks/claims.py --draw 17       # the seventeenth round's (HELD_OUT_17)
    python benchmarks/claims.py --draw 18       # the eighteenth round's (HELD_OUT_18)
    python benchmarks/claims.py --draw 19       # the nineteenth round's (HELD_OUT_19)
    python benchmarks/claims.py --draw 20       # the twentieth round's (HELD_OUT_20)
    python benchmarks/claims.py --draw 21       # the twenty-first round's (HELD_OUT_21)
    python benchmarks/claims.py --draw 22       # the twenty-second round's (HELD_OUT_22)
    python benchmarks/claims.py --draw 23       # the twenty-third round's (HELD_OUT_23)
    python benchmarks/claims.py --draw 24       # the twenty-fourth round's (HELD_OUT_24)
    python benchmarks/claims.py --draw 25       # the twenty-fifth round's (HELD_OUT_25)
    python benchmarks/claims.py --draw 26       # the twenty-sixth round's (HELD_OUT_26, TUNE_26)
    python benchmarks/claims.py --draw 27       # the twenty-seventh round's (HELD_OUT_27, TUNE_27)
    python benchmarks/claims.py --draw 28       # the twenty-eighth round's (HELD_OUT_28, TUNE_28)
    python benchmarks/claims.py --draw 29       # the twenty-ninth round's (HELD_OUT_29, TUNE_29: one paper)
    python benchmarks/claims.py --draw 30       # the thirtieth round's (HELD_OUT_30, TUNE_30: one paper)
    python benchmarks/claims.py --draw 31       # the thirty-first round's (HELD_OUT_31, TUNE_31: the last 16)
    python benchmarks/claims.py --draw 32       # round 32 (HELD_OUT_32, TUNE_32: Reuters series)
    python benchmarks/claims.py --draw 33       # round 33 (HELD_OUT_33, TUNE_33: Reuters series left)
    python benchmarks/claims.py --draw 34       # round 34 (HELD_OUT_34, TUNE_34: outside the sweep too)
    python benchmarks/claims.py --draw 35       # round 35 (HELD_OUT_35, TUNE_35)
    python benchmarks/claims.py --draw 36       # round 36 (HELD_OUT_36, TUNE_36: outside swept_35 too)
    python benchmarks/claims.py --draw 37       # round 37 (HELD_OUT_37, TUNE_37: outside swept_36 too)
    python benchmarks/claims.py --draw 38       # round 38 (HELD_OUT_38, TUNE_38: the pool's last 20)
    python benchmarks/claims.py --draw 39       # round 39 (from POOL_60, the next pool: 96 unread series)
    python benchmarks/claims.py --draw 40       # round 40 (the pool's 76 series outside round 39's lists)
"""

from __future__ import annotations

import argparse
import random
import tarfile
import tempfile
from pathlib import Path

import pandas as pd

import corpus_tools as ct
from corpus_tools.lexicon import STOP_WORDS
from corpus_tools.options import Options
from corpus_tools.report.findings import findings, overview
from corpus_tools.reuse.derivation import _classify_by_rules, _mark_unrelated, body_words, is_fact
from corpus_tools.reuse.documents import doc_tokens, keys

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
#: the Reuters-21578 NEWIDs of the Cominco strike updates, in order of time
COMINCO = ["17480", "17486", "17783", "17805", "18337", "18412", "18416", "19477"]
#: the METER courts stories of the audit
METER = ["08.12.99/chief", "22.11.99/cynthia", "15.03.00/baby", "12.07.99/walker"]
#: two METER courts stories not read before the fixes of the second round, the held-out evidence:
#: ``random.Random(22).sample`` of the sorted PA story folders other than the four above
#: (201 folders), drawn once
HELD_OUT = ["04.10.99/dj", "08.12.99/pensioner"]
#: two more, held out for the fourth round (branch audit3), drawn once before its fixes were merged:
#: ``random.Random(23).sample`` of the sorted PA story folders with 3 or more newspaper texts, other
#: than the six above (107 folders)
HELD_OUT_4 = ["27.09.99/pinochet", "12.07.99/lovers"]
#: two more, held out for the fifth round (branch audit4), drawn once before its fixes were merged:
#: ``random.Random(25).sample`` of the same sorted folders with 3 or more newspaper texts, other
#: than the eight METER stories above (105 folders)
HELD_OUT_5 = ["15.03.00/dj", "28.09.99/babysitter"]
#: two more, held out for the sixth round (branch audit5), drawn once before its fixes were merged:
#: ``random.Random(6).sample`` of the same sorted folders with 3 or more newspaper texts, other than
#: the ten METER stories above (103 folders; ``draw_folders`` lists them)
HELD_OUT_6 = ["29.03.00/ruling", "21.02.00/sewage"]
#: two more, held out for the seventh round (branch audit6), drawn once before its fixes were merged:
#: ``random.Random(7).sample`` of the same sorted folders with 3 or more newspaper texts, other than
#: the twelve METER stories above (101 folders; ``draw_folders`` lists them; ``--draw 7``)
HELD_OUT_7 = ["12.08.99/traveller", "07.01.00/doctor"]
#: two more, held out for the eighth round (branch audit8), drawn once on main ``6ead766``:
#: ``random.Random(8).sample`` of the same sorted folders with 3 or more newspaper texts, other than
#: the fourteen METER stories above (99 folders; ``--draw 8``)
HELD_OUT_8 = ["09.08.99/royal", "16.07.99/bailiffs"]
#: two more, held out for the ninth round (branch audit9), drawn once on main ``591d09b``:
#: ``random.Random(9).sample`` of the same sorted folders with 3 or more newspaper texts, other than
#: the sixteen METER stories above (97 folders; ``--draw 9``)
HELD_OUT_9 = ["17.04.00/ostrich", "22.11.99/straw"]
#: two more, held out for the tenth round (branch audit10), drawn once on main ``830284d`` before
#: any of their findings was rendered: ``random.Random(10).sample`` of the folders left (``--draw 10``)
HELD_OUT_10 = ["22.11.99/guscott", "02.11.99/chips"]
#: four stories read to find and fix speaker kinds in the tenth round (branch spk11), NOT held out:
#: ``random.Random(110).sample(folders, 4)`` of the folders left after ``HELD_OUT_10``; later draws
#: exclude them
TUNE_10 = ["16.07.99/manslaughter", "26.01.00/dancer", "12.07.99/gamekeeper", "16.07.99/whitehouse"]
#: each round's draw: seed -> the METER stories it excluded (``--draw SEED`` redoes it)
DRAWS = {
    23: METER + HELD_OUT,
    25: METER + HELD_OUT + HELD_OUT_4,
    6: METER + HELD_OUT + HELD_OUT_4 + HELD_OUT_5,
    7: METER + HELD_OUT + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6,
    8: METER + HELD_OUT + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + HELD_OUT_7,
    9: METER + HELD_OUT + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + HELD_OUT_7 + HELD_OUT_8,
    10: METER + HELD_OUT + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + HELD_OUT_7 + HELD_OUT_8 + HELD_OUT_9,
}
DRAWS[11] = DRAWS[10] + HELD_OUT_10 + TUNE_10
#: two more, held out for the eleventh round (branch audit11), drawn once on main ``479c4fe`` before
#: any of their findings was rendered: ``random.Random(11).sample`` of the 89 folders left (``--draw 11``)
HELD_OUT_11 = ["18.02.00/bridge", "22.11.99/pregnant"]
#: four stories read to find and fix kinds in the eleventh round, NOT held out:
#: ``random.Random(111).sample(folders, 4)`` of the folders left after ``HELD_OUT_11``
TUNE_11 = ["09.08.99/nail", "14.07.99/shotgun", "21.06.00/campbell", "08.12.99/lockerb"]
DRAWS[12] = DRAWS[11] + HELD_OUT_11 + TUNE_11
#: two more, held out for the twelfth round (branch audit12), drawn once on main ``60289eb`` before
#: any of their findings was rendered: ``random.Random(12).sample`` of the 83 folders left (``--draw 12``)
HELD_OUT_12 = ["21.06.00/ostrich", "12.08.99/snooker"]
#: four stories read to find and fix kinds in the twelfth round, NOT held out:
#: ``random.Random(112).sample(folders, 4)`` of the folders left after ``HELD_OUT_12``
TUNE_12 = ["22.11.99/abuse", "27.01.00/pinochet", "29.03.00/collins", "14.12.99/hamilton"]
DRAWS[13] = DRAWS[12] + HELD_OUT_12 + TUNE_12
#: two more, held out for the thirteenth round (branch audit13), drawn once on main ``20aece6`` before
#: any of their findings was rendered: ``random.Random(13).sample`` of the 77 folders left (``--draw 13``)
HELD_OUT_13 = ["12.08.99/racism", "14.12.99/boy"]
#: four stories read to find and fix kinds in the thirteenth round, NOT held out:
#: ``random.Random(113).sample(folders, 4)`` of the 75 folders left after ``HELD_OUT_13``
TUNE_13 = ["02.11.99/boat", "14.07.99/grobbelaar", "01.03.00/wagstaff", "26.01.00/daughter"]
DRAWS[14] = DRAWS[13] + HELD_OUT_13 + TUNE_13
#: two more, held out for the fourteenth round (branch audit14), drawn once on main ``558433e`` before
#: any of their findings was rendered: ``random.Random(14).sample`` of the 71 folders left (``--draw 14``)
HELD_OUT_14 = ["04.10.99/lynx", "28.09.99/inqshot"]
#: four stories read to find and fix kinds in the fourteenth round, NOT held out:
#: ``random.Random(114).sample(folders, 4)`` of the 69 folders left after ``HELD_OUT_14``
TUNE_14 = ["14.07.99/ba", "04.10.99/attack", "17.04.00/nursery", "14.07.99/exams"]
DRAWS[15] = DRAWS[14] + HELD_OUT_14 + TUNE_14
#: two more, held out for the fifteenth round (branch audit15), drawn once on main ``a86c615`` before
#: any of their findings was rendered: ``random.Random(15).sample`` of the 65 folders left (``--draw 15``)
HELD_OUT_15 = ["12.07.99/informant", "01.03.00/francis"]
#: four stories read to find and fix kinds in the fifteenth round, NOT held out:
#: ``random.Random(115).sample(folders, 4)`` of the 63 folders left after ``HELD_OUT_15``
TUNE_15 = ["27.01.00/drink", "08.12.99/hamilton", "04.10.99/raider", "22.11.99/inqheart"]
DRAWS[16] = DRAWS[15] + HELD_OUT_15 + TUNE_15
#: two more, held out for the sixteenth round (branch audit16), drawn once on main ``09bee6f`` before
#: any of their findings was rendered: ``random.Random(16).sample`` of the 59 folders left (``--draw 16``)
HELD_OUT_16 = ["12.07.99/places", "16.07.99/transplant"]
#: four stories for reading and fixing kinds in the sixteenth round, NOT held out:
#: ``random.Random(116).sample(folders, 4)`` of the 57 folders left after ``HELD_OUT_16``
TUNE_16 = ["27.01.00/minibus", "26.01.00/driver", "18.02.00/saboteur", "17.04.00/vanessa"]
DRAWS[17] = DRAWS[16] + HELD_OUT_16 + TUNE_16
#: two more, held out for the seventeenth round (branch audit17), drawn once on main ``9239d93`` before
#: any of their findings was rendered: ``random.Random(17).sample`` of the 53 folders left (``--draw 17``)
HELD_OUT_17 = ["17.04.00/nurse", "16.07.99/care"]
#: four stories for reading and fixing kinds in the seventeenth round, NOT held out:
#: ``random.Random(117).sample(folders, 4)`` of the 51 folders left after ``HELD_OUT_17``
TUNE_17 = ["07.10.99/hamilton", "04.10.99/patient", "03.04.00/rape", "07.01.00/soldier"]
DRAWS[18] = DRAWS[17] + HELD_OUT_17 + TUNE_17
#: two more, held out for the eighteenth round (branch audit18), drawn once on main ``42049b8`` before
#: any of their findings was rendered: ``random.Random(18).sample`` of the 47 folders left (``--draw 18``)
HELD_OUT_18 = ["07.10.99/beckett", "03.04.00/marco"]
#: four stories for reading and fixing kinds in the eighteenth round, NOT held out:
#: ``random.Random(118).sample(folders, 4)`` of the 45 folders left after ``HELD_OUT_18``
TUNE_18 = ["27.01.00/doctor", "08.12.99/thomas", "16.07.99/bondi", "03.04.00/gm"]
DRAWS[19] = DRAWS[18] + HELD_OUT_18 + TUNE_18
#: two more, held out for the nineteenth round (branch audit19), drawn once on main ``04a620b`` before
#: any of their findings was rendered: ``random.Random(19).sample`` of the 41 folders left (``--draw 19``)
HELD_OUT_19 = ["02.11.99/pancake", "26.01.00/doctor"]
#: four stories for reading and fixing kinds in the nineteenth round, NOT held out:
#: ``random.Random(119).sample(folders, 4)`` of the 39 folders left after ``HELD_OUT_19``
TUNE_19 = ["16.07.99/vagrants", "12.07.99/axe", "26.01.00/pinochet", "27.01.00/wife"]
DRAWS[20] = DRAWS[19] + HELD_OUT_19 + TUNE_19
#: two more, held out for the twentieth round (branch audit20), drawn once on main ``a3104a8`` before
#: any of their findings was rendered: ``random.Random(20).sample`` of the 35 folders left (``--draw 20``)
HELD_OUT_20 = ["08.12.99/zav", "16.07.99/informant"]
#: four stories for reading and fixing kinds in the twentieth round, NOT held out:
#: ``random.Random(120).sample(folders, 4)`` of the 33 folders left after ``HELD_OUT_20``
TUNE_20 = ["29.03.00/stepmother", "17.04.00/asthma", "12.07.99/policeman", "26.01.00/jones"]
DRAWS[21] = DRAWS[20] + HELD_OUT_20 + TUNE_20
#: two more, held out for the twenty-first round (branch audit21), drawn once on main ``e6eae13`` before
#: any of their findings was rendered: ``random.Random(21).sample`` of the 29 folders left (``--draw 21``)
HELD_OUT_21 = ["03.04.00/noye", "16.07.99/grobbelaar"]
#: four stories for reading and fixing kinds in the twenty-first round, NOT held out:
#: ``random.Random(121).sample(folders, 4)`` of the 27 folders left after ``HELD_OUT_21``
TUNE_21 = ["02.11.99/plane", "07.01.00/inqpool", "21.02.00/hindley", "17.04.00/farmer"]
DRAWS[22] = DRAWS[21] + HELD_OUT_21 + TUNE_21
#: two more, held out for the twenty-second round (branch audit22), drawn once on main ``de52e4b`` before
#: any of their findings was rendered: ``random.Random(22).sample`` of the 23 folders left (``--draw 22``)
HELD_OUT_22 = ["03.04.00/priest", "12.07.99/bombings"]
#: four stories for reading and fixing kinds in the twenty-second round, NOT held out:
#: ``random.Random(122).sample(folders, 4)`` of the 21 folders left after ``HELD_OUT_22``
TUNE_22 = ["22.11.99/hamilton", "12.07.99/grobbelaar", "18.02.00/abuse", "02.11.99/titanic"]
DRAWS[23] = DRAWS[22] + HELD_OUT_22 + TUNE_22
#: two more, held out for the twenty-third round (branch audit23), drawn once on main ``9338e4d`` before
#: any of their findings was rendered: ``random.Random(23).sample`` of the 17 folders left (``--draw 23``)
HELD_OUT_23 = ["21.02.00/aeroplane", "03.04.00/breeder"]
#: four stories for reading and fixing kinds in the twenty-third round, NOT held out:
#: ``random.Random(123).sample(folders, 4)`` of the 15 folders left after ``HELD_OUT_23``
TUNE_23 = ["01.03.00/chemists", "15.03.00/irving", "02.11.99/jones", "18.02.00/cars"]
DRAWS[24] = DRAWS[23] + HELD_OUT_23 + TUNE_23
#: two more, held out for the twenty-fourth round (branch audit24), drawn once on main ``61eb8dc`` before
#: any of their findings was rendered: ``random.Random(24).sample`` of the 11 folders left (``--draw 24``)
HELD_OUT_24 = ["21.06.00/sergeant", "28.09.99/pinochet"]
#: four stories for reading and fixing kinds in the twenty-fourth round, NOT held out:
#: ``random.Random(124).sample(folders, 4)`` of the 9 folders left after ``HELD_OUT_24``
TUNE_24 = ["21.02.00/home", "08.12.99/body", "09.08.99/spray", "26.01.00/irving"]
DRAWS[25] = DRAWS[24] + HELD_OUT_24 + TUNE_24
#: two more, held out for the twenty-fifth round (branch audit25), drawn once on main ``d68a2f6`` before
#: any of their findings was rendered: ``random.Random(25).sample`` of the 5 folders left (``--draw 25``)
HELD_OUT_25 = ["22.11.99/thomas", "17.04.00/informant"]
#: the last three courts folders with PA takes and 3 or more papers, read to fix kinds in the twenty-fifth
#: round, NOT held out: ``random.Random(125).sample(folders, 3)`` of the 3 left after ``HELD_OUT_25``
TUNE_25 = ["18.02.00/inqira", "28.09.99/sleep", "21.06.00/richards"]
DRAWS[26] = DRAWS[25] + HELD_OUT_25 + TUNE_25
#: six more, held out for the twenty-sixth round (branch audit26), drawn once on main ``a220c31`` before
#: any of their findings was rendered, from the 36 courts folders with PA takes and exactly 2 papers
#: left (they are short, so six): ``random.Random(26).sample(folders, 6)`` (``--draw 26``)
HELD_OUT_26 = [
    "08.12.99/air",
    "08.12.99/footballer",
    "22.11.99/menson",
    "02.11.99/trousers",
    "04.10.99/pensioners",
    "21.02.00/mp",
]
#: six of the 30 left, read to fix kinds in the twenty-sixth round, NOT held out:
#: ``random.Random(126).sample(folders, 6)``
TUNE_26 = [
    "16.07.99/torture",
    "02.11.99/cruelty",
    "28.09.99/head",
    "18.02.00/palace",
    "14.07.99/lara",
    "07.01.00/baby",
]
DRAWS[27] = DRAWS[26] + HELD_OUT_26 + TUNE_26
#: six more, held out for the twenty-seventh round (branch audit27), drawn once on main ``6d58aec`` before
#: any of their findings was rendered, from the 24 courts folders with PA takes and exactly 2 papers
#: left: ``random.Random(27).sample(folders, 6)`` (``--draw 27``)
HELD_OUT_27 = [
    "27.01.00/dna",
    "21.06.00/blast",
    "09.08.99/mother",
    "09.08.99/porn",
    "07.10.99/knickers",
    "03.04.00/fraud",
]
#: six of the 18 left, read to fix kinds in the twenty-seventh round, NOT held out:
#: ``random.Random(127).sample(folders, 6)``
TUNE_27 = [
    "02.11.99/reel",
    "04.10.99/cake",
    "01.03.00/burstein",
    "27.01.00/skipper",
    "04.10.99/heart",
    "27.09.99/pinochetcharge",
]
DRAWS[28] = DRAWS[27] + HELD_OUT_27 + TUNE_27
#: six more, held out for the twenty-eighth round (branch audit28), drawn once on main ``9c6e6f9`` before
#: any of their findings was rendered, from the 12 courts folders with PA takes and exactly 2 papers
#: left: ``random.Random(28).sample(folders, 6)`` (``--draw 28``)
HELD_OUT_28 = [
    "07.10.99/wife",
    "12.08.99/granny",
    "22.11.99/rubbish",
    "27.01.00/damages",
    "12.08.99/rapist",
    "28.09.99/brothel",
]
#: the six left, read to fix kinds in the twenty-eighth round, NOT held out:
#: ``random.Random(128).sample(folders, 6)``. With them the folders with PA takes and 2 papers are spent.
TUNE_28 = [
    "14.07.99/rape",
    "16.07.99/baby",
    "16.07.99/ambulance",
    "03.04.00/harass",
    "26.01.00/rage",
    "22.11.99/inqathlete",
]
DRAWS[29] = DRAWS[28] + HELD_OUT_28 + TUNE_28
#: ten more, held out for the twenty-ninth round (branch audit29), drawn once on main ``243fc39`` before
#: any of their findings was rendered, from the 56 courts folders with PA takes and exactly 1 paper
#: (the folders with 2 or more are spent): ``random.Random(29).sample(folders, 10)`` (``--draw 29``)
HELD_OUT_29 = [
    "16.07.99/fan",
    "02.11.99/ostrich",
    "09.08.99/tribunal",
    "18.02.00/cab",
    "26.01.00/war",
    "08.12.99/city",
    "02.11.99/swim",
    "14.12.99/inqstudent",
    "27.01.00/bully",
    "12.07.99/heart",
]
#: ten of the 46 left, read to fix kinds in the twenty-ninth round, NOT held out:
#: ``random.Random(129).sample(folders, 10)``
TUNE_29 = [
    "22.11.99/babies",
    "18.02.00/stakeout",
    "09.08.99/bennett",
    "01.03.00/mother",
    "14.12.99/australia",
    "22.11.99/salesman",
    "07.10.99/cell",
    "12.07.99/police",
    "22.11.99/pool",
    "03.04.00/mother",
]
DRAWS[30] = DRAWS[29] + HELD_OUT_29 + TUNE_29
#: ten more, held out for the thirtieth round (branch audit30), drawn once on main ``800eb71`` before
#: any of their findings was rendered, from the 36 courts folders with PA takes and exactly 1 paper
#: left: ``random.Random(30).sample(folders, 10)`` (``--draw 30``)
HELD_OUT_30 = [
    "27.01.00/committee",
    "12.07.99/strangle",
    "01.03.00/football",
    "08.12.99/doctor",
    "12.07.99/boy",
    "26.01.00/minibus",
    "07.10.99/punch",
    "21.06.00/broadmoor",
    "14.12.99/inqbryant",
    "02.11.99/wight",
]
#: ten of the 26 left, read to fix kinds in the thirtieth round, NOT held out:
#: ``random.Random(130).sample(folders, 10)``
TUNE_30 = [
    "16.07.99/teacher",
    "14.07.99/fowler",
    "04.10.99/zoo",
    "21.02.00/policeman",
    "15.03.00/shooting",
    "21.02.00/abuse",
    "22.11.99/father",
    "01.03.00/diver",
    "12.07.99/arm",
    "04.10.99/stress",
]
DRAWS[31] = DRAWS[30] + HELD_OUT_30 + TUNE_30
#: eight more, held out for the thirty-first round (branch audit31), drawn once on main ``1b02501`` before
#: any of their findings was rendered, from the 16 courts folders with PA takes and exactly 1 paper
#: left: ``random.Random(31).sample(folders, 8)`` (``--draw 31``; eight, not ten, so eight are left to tune)
HELD_OUT_31 = [
    "02.11.99/doctor",
    "09.08.99/camera",
    "02.11.99/vietnamese",
    "18.02.00/shampoo",
    "07.01.00/giggs",
    "03.04.00/husband",
    "29.03.00/lavin",
    "17.04.00/sword",
]
#: the other 8, read to fix kinds in the thirty-first round, NOT held out:
#: ``random.Random(131).sample(folders, 8)``; with them the one-paper folders are spent
TUNE_31 = [
    "18.02.00/presenter",
    "04.10.99/doctor",
    "16.07.99/banker",
    "03.04.00/neighbour",
    "12.07.99/silverstone",
    "03.04.00/teenager",
    "26.01.00/blood",
    "26.01.00/bahamas",
]
DRAWS[32] = DRAWS[31] + HELD_OUT_31 + TUNE_31
#: with every METER courts folder drawn, the thirty-second round draws from another domain the speaker
#: rules were never tuned on: the Reuters-21578 update series read by hand for the family tree
#: (``benchmarks/family_edges.csv``; 1987 business and economic wire, not courts), other than the
#: Cominco series, whose documents say who said what (``reuters_series``). Drawn once on main before
#: any of their findings was rendered: ``random.Random(32).sample(series, 10)`` held out, then
#: ``random.Random(132).sample`` of the rest, 10 to tune (``--draw 32``). A key is the series' NEWIDs
#: joined by "+", in the order of the table.
HELD_OUT_32 = [
    "12425+13835",
    "18317+18339",
    "15453+15486",
    "2936+2942",
    "19102+19115",
    "7110+11920",
    "10696+10762",
    "11225+11260",
    "13042+13050",
    "3556+3594",
]
#: the other 10 (of 305 series), read to fix kinds in the thirty-second round, NOT held out
TUNE_32 = [
    "5526+5564",
    "16220+16242",
    "5445+5487",
    "12194+12330",
    "17126+17138",
    "11390+11461",
    "3432+3436",
    "14889+15392",
    "8962+15786",
    "10750+13633",
]
#: each Reuters round's draw: seed -> the series drawn before it (``--draw SEED`` redoes it)
REUTERS_DRAWS = {32: [], 33: HELD_OUT_32 + TUNE_32}
#: the thirty-third round's held-out Reuters series, drawn once on main before any of their findings
#: was rendered: ``random.Random(33).sample`` of the 285 series of ``reuters_series`` not drawn in
#: round 32, 10 held out, then ``random.Random(133).sample`` of the rest, 10 to tune (``--draw 33``)
HELD_OUT_33 = [
    "1729+1739",
    "20891+20719",
    "2917+2950",
    "7629+7645+7823",
    "9501+11322",
    "9036+9087",
    "18201+18325",
    "8427+8499",
    "3979+4598",
    "7646+8730",
]
#: the other 10, read to fix kinds in the thirty-third round, NOT held out
TUNE_33 = [
    "8522+9617",
    "5149+5243",
    "8074+12654",
    "4130+7403",
    "4735+4778+4781",
    "11209+11281",
    "12821+14818",
    "3090+4383+4400",
    "2790+2844",
    "3351+3411",
]


#: round 33's sweep of first-story speaker lists (``benchmarks/speaker_sweep33.py``, branch spk71) read
#: 40 further series (``random.Random(3371)``) and checked its rules on 20 more (``random.Random(3372)``);
#: round 34 draws outside them as well (``swept_33``)
REUTERS_DRAWS[34] = REUTERS_DRAWS[33] + HELD_OUT_33 + TUNE_33


def swept_33(series: list[str]) -> list[str]:
    """The 60 series round 33's speaker sweep read (40, seed 3371) or checked on (20, seed 3372),
    sorted within each group; ``series``: ``reuters_series``' keys."""
    return _sweep(series, HELD_OUT_32 + TUNE_32 + HELD_OUT_33 + TUNE_33, 3371, 40, 20)


def _sweep(series: list[str], drawn: list[str], seed: int, read: int, check: int) -> list[str]:
    """A sweep's series: ``read`` of the series outside ``drawn`` (``random.Random(seed)``), then
    ``check`` of the rest (``random.Random(seed + 1)``), each group sorted."""
    pool = [k for k in series if k not in set(drawn)]
    first = random.Random(seed).sample(pool, read)
    rest = [k for k in pool if k not in set(first)]
    return sorted(first) + sorted(random.Random(seed + 1).sample(rest, check))


#: the thirty-fourth round's held-out Reuters series, drawn once on main before any of their findings
#: was rendered: ``random.Random(34).sample`` of the 205 series of ``reuters_series`` outside round
#: 32's and 33's draws and round 33's sweep (``swept_33``), 10 held out, then
#: ``random.Random(134).sample`` of the rest, 10 to tune (``--draw 34``)
HELD_OUT_34 = [
    "5147+5158",
    "21197+20881",
    "5481+6957+7023",
    "10623+10642+10665",
    "17214+17376",
    "256+3222",
    "2138+2210",
    "11602+16232",
    "3028+3329",
    "19031+19124",
]
#: the other 10, read to fix kinds in the thirty-fourth round, NOT held out
TUNE_34 = [
    "4824+4941",
    "5195+5957",
    "16088+16187",
    "9554+15313",
    "5612+6249",
    "9523+9660",
    "9833+9891",
    "7214+7219",
    "13256+13266",
    "10505+10586",
]

#: round 35 draws outside rounds 32-34's lists and round 33's sweep
REUTERS_DRAWS[35] = REUTERS_DRAWS[34] + HELD_OUT_34 + TUNE_34

#: the thirty-fifth round's held-out Reuters series, drawn once on main before any of their findings
#: was rendered: ``random.Random(35).sample`` of the 185 series of ``reuters_series`` outside rounds
#: 32-34's draws and round 33's sweep (``swept_33``), 10 held out, then ``random.Random(135).sample``
#: of the rest, 10 to tune (``--draw 35``)
HELD_OUT_35 = [
    "5684+5692",
    "21434+21290",
    "14262+14519",
    "2326+2542",
    "15048+15234",
    "19070+19226",
    "4026+4552+4595",
    "18271+18328",
    "6209+11082",
    "11865+15186",
]
#: the other 10, read to fix kinds in the thirty-fifth round, NOT held out
TUNE_35 = [
    "9808+12559",
    "3748+4405",
    "8588+8670",
    "882+984",
    "7651+11998",
    "19498+19816",
    "5376+5561",
    "19943+19981",
    "13275+14844",
    "5152+5315",
]


def swept_35(series: list[str]) -> list[str]:
    """The 60 series round 35's speaker sweep (branch sweep35) reads (40, ``random.Random(3571)``) or
    checks its rules on (20, ``random.Random(3572)``), sorted within each group, drawn from the 165
    series outside rounds 32-35's lists and ``swept_33``; later draws exclude them.
    ``series``: ``reuters_series``' keys."""
    return _sweep(series, REUTERS_DRAWS[35] + swept_33(series) + HELD_OUT_35 + TUNE_35, 3571, 40, 20)


#: round 36 draws outside rounds 32-35's lists and both sweeps (``swept_33``, ``swept_35``)
REUTERS_DRAWS[36] = REUTERS_DRAWS[35] + HELD_OUT_35 + TUNE_35

#: the thirty-sixth round's held-out Reuters series, drawn once on main before any of their findings
#: was rendered: ``random.Random(36).sample`` of the 105 series of ``reuters_series`` outside rounds
#: 32-35's draws and both sweeps (``swept_33``, ``swept_35``), 10 held out, then
#: ``random.Random(136).sample`` of the rest, 10 to tune (``--draw 36``)
HELD_OUT_36 = [
    "18407+18456",
    "10900+10915",
    "10238+12138",
    "9055+10101",
    "8851+15015",
    "17449+17511",
    "11402+11449",
    "10132+10220",
    "3869+4953",
    "6016+6061",
]
#: the other 10, read to fix kinds in the thirty-sixth round, NOT held out
TUNE_36 = [
    "6177+6208",
    "3572+3796",
    "5273+6348",
    "11849+11869",
    "3573+4167",
    "4784+4886",
    "15122+15210",
    "858+2702",
    "12851+16007",
    "1456+5035",
]


def swept_36(series: list[str]) -> list[str]:
    """The 45 series round 36's speaker sweep (branch sweep36) reads (30, ``random.Random(3671)``) or
    checks its rules on (15, ``random.Random(3672)``), sorted within each group, drawn from the 85
    series outside rounds 32-36's lists and both earlier sweeps; later draws exclude them.
    ``series``: ``reuters_series``' keys."""
    drawn = REUTERS_DRAWS[36] + swept_33(series) + swept_35(series) + HELD_OUT_36 + TUNE_36
    return _sweep(series, drawn, 3671, 30, 15)


#: round 37 draws outside rounds 32-36's lists and the three sweeps (``swept_33``, ``swept_35``, ``swept_36``)
REUTERS_DRAWS[37] = REUTERS_DRAWS[36] + HELD_OUT_36 + TUNE_36


#: the thirty-seventh round's held-out Reuters series, drawn once on main before any of their findings
#: was rendered: ``random.Random(37).sample`` of the 40 series of ``reuters_series`` outside rounds
#: 32-36's draws and the three sweeps (``swept_33``, ``swept_35``, ``swept_36``), 10 held out, then
#: ``random.Random(137).sample`` of the rest, 10 to tune (``--draw 37``); 20 series are left
HELD_OUT_37 = [
    "878+990",
    "15650+15658",
    "6606+6746",
    "12640+12847",
    "5123+5125",
    "627+1539",
    "7509+14756",
    "15718+15738",
    "6404+6652",
    "3847+6006",
]
#: the other 10, read to fix kinds in the thirty-seventh round, NOT held out
TUNE_37 = [
    "13659+15788",
    "17980+18050",
    "3019+3065",
    "2491+2512",
    "18752+18768",
    "18843+19072",
    "3790+3910",
    "2828+2971",
    "12165+12503",
    "2953+3009",
]


#: round 38 draws outside rounds 32-37's lists and the three sweeps: the last 20 series of the pool
REUTERS_DRAWS[38] = REUTERS_DRAWS[37] + HELD_OUT_37 + TUNE_37


#: the thirty-eighth round's held-out Reuters series, drawn once on main before any of their findings
#: was rendered: ``random.Random(38).sample`` of the last 20 series of ``reuters_series`` outside
#: rounds 32-37's draws and the three sweeps, 10 held out, then ``random.Random(138).sample`` of the
#: other 10, all to tune (``--draw 38``); no series of the pool is left after this draw
HELD_OUT_38 = [
    "6410+6819+6928",
    "9907+16146",
    "19546+19658",
    "16493+16688",
    "562+628",
    "8009+11385",
    "4315+4367+11559",
    "3023+3261+3320",
    "12196+12206",
    "5425+5554",
]
#: the other 10, read to fix kinds in the thirty-eighth round, NOT held out
TUNE_38 = [
    "489+502",
    "6488+8259",
    "8071+8072+8207",
    "626+630+7166",
    "3978+4396",
    "21341+21338",
    "8400+8656",
    "14689+15350",
    "8440+8516",
    "5447+6384",
]


#: the last round of ``family_edges.csv`` whose series ``reuters_series`` draws from
LAST_POOL_ROUND = 58


#: the next pool of unseen Reuters-21578 update series, for the held-out draws of round 39 on (the
#: pool above is spent by round 38's draw): ``benchmarks/family_round60.py pool`` (round 60 of the
#: fact reading, branch facts38, ``benchmarks/family_round60.md``): the same-day search of the groups
#: the templated-headline pattern dropped (round 59's, past its orders 1-45), its two-day search, and
#: the same-day search of the other groups at 5% to under 10% of shared word triples; every document of
#: rounds 1-59 left out (so every series above); kept by four rules the script applies (every document
#: has " said", a pair differing by 20 words, no headline naming a templated item, every headline
#: sharing a subject word with another); the first 96 of the 121 candidates in
#: ``random.Random(60).shuffle`` order (round 60 read the other 25). **No one has read them**: only
#: these NEWIDs were printed, never a text, a headline or a finding. A key is a series' NEWIDs joined by
#: "+", rising; the list is sorted by the first NEWID
POOL_60 = [
    "28+43+178",
    "236+248",
    "274+275+303",
    "290+402",
    "975+1248",
    "1081+1202",
    "1095+1319",
    "1140+1472",
    "1201+1226",
    "1600+1605",
    "1880+2467",
    "1933+2064",
    "2074+2406",
    "2226+2445+2448",
    "2349+2351",
    "2786+2823",
    "2958+2959",
    "3056+3100+3241",
    "3284+3286+3379",
    "3332+3388",
    "3534+3982",
    "3677+3805",
    "4664+4713",
    "4699+4845",
    "4971+5036",
    "5104+5120",
    "5827+6025",
    "5882+6238",
    "6336+6390",
    "6400+7429",
    "7312+7314+7327+7328",
    "7326+7471",
    "7477+7515",
    "7510+7512",
    "8076+8110",
    "8077+8202+8203+8309",
    "8204+8361",
    "8598+8623",
    "8886+9050",
    "8896+9043",
    "8901+8990",
    "9129+9214",
    "9180+9183+9254",
    "9215+9225",
    "9498+9524+9533",
    "9835+10266",
    "10082+10239",
    "10380+10501",
    "10677+10749+10761+10808",
    "10753+11011",
    "10905+11076",
    "11297+11430",
    "11350+11388",
    "11681+11720",
    "11775+11778",
    "11791+11863",
    "11955+11956+11959",
    "12197+12627",
    "12394+12395",
    "12398+12469+12732",
    "12406+12418",
    "12410+12501",
    "12422+12437",
    "12460+12605",
    "12633+12683+12692",
    "12670+12708",
    "13865+14303",
    "13878+14702",
    "14492+14640",
    "14649+14678",
    "15091+15149",
    "15142+15244",
    "15567+15574",
    "16006+16051",
    "16159+16287",
    "16589+16604",
    "17154+17177+17187",
    "17268+17320",
    "17279+17282",
    "17304+17305",
    "17754+17756",
    "18530+18552",
    "18663+18751",
    "18785+19299",
    "18983+19138",
    "19047+19062",
    "19231+19349",
    "19511+19529+19538",
    "19576+19696",
    "19998+20878",
    "20496+20532",
    "20541+20667",
    "20769+20780+20795",
    "20892+21069",
    "20953+21348",
    "21186+21342",
]
#: each round's draw from :data:`POOL_60`: seed -> the series of it drawn before (``--draw SEED``)
POOL_DRAWS: dict[int, list[str]] = {39: []}


#: the thirty-ninth round's held-out Reuters series, drawn once on main before any of their findings
#: was rendered: ``random.Random(39).sample`` of :data:`POOL_60`'s 96 series, 10 held out, then
#: ``random.Random(139).sample`` of the other 86, all to tune (``--draw 39``)
HELD_OUT_39 = [
    "5827+6025",
    "7510+7512",
    "10753+11011",
    "290+402",
    "4971+5036",
    "6336+6390",
    "10905+11076",
    "20892+21069",
    "15567+15574",
    "28+43+178",
]
#: the other 10, read to fix kinds in the thirty-ninth round, NOT held out
TUNE_39 = [
    "236+248",
    "19511+19529+19538",
    "17268+17320",
    "19231+19349",
    "20953+21348",
    "9498+9524+9533",
    "17304+17305",
    "17154+17177+17187",
    "11297+11430",
    "9129+9214",
]
#: round 40 draws from the pool's 76 series outside round 39's lists
POOL_DRAWS[40] = HELD_OUT_39 + TUNE_39


def draw_pool(seed: int) -> tuple[list[str], list[str], list[str]]:
    """The series of :data:`POOL_60` not drawn before ``seed``'s round, then its held-out draw
    (``random.Random(seed).sample``, 10) and the 10 to tune (``random.Random(100 + seed)`` of the rest).
    Raises ``ValueError`` if a series of the pool holds a NEWID of ``family_edges.csv`` (read before)."""
    table = pd.read_csv(ROOT / "benchmarks" / "family_edges.csv", dtype=str)
    read = set(" ".join(table["series"]).split())
    if clash := sorted(k for k in POOL_60 if read & set(k.split("+"))):
        raise ValueError(f"POOL_60 holds series read before: {clash}")
    series = [k for k in POOL_60 if k not in POOL_DRAWS[seed]]
    held = random.Random(seed).sample(series, 10)
    rest = [k for k in series if k not in held]
    return series, held, random.Random(100 + seed).sample(rest, 10)


def reuters_series(corpus: pd.DataFrame) -> list[str]:
    """The sorted keys ("NEWID+NEWID...") of the update series of ``benchmarks/family_edges.csv``'s
    rounds 7-58 other than the Cominco series' whose every document has a "said" (someone is
    reported), the series ``--draw 32`` samples from. ``corpus``: ``ct.load_reuters21578``'s frame.
    Later rounds' rows (round 59 on, added in round 37) are left out, so that every draw and sweep
    made from this list stays what it was."""
    table = pd.read_csv(ROOT / "benchmarks" / "family_edges.csv", dtype=str)
    table = table[table["round"].astype(int) <= LAST_POOL_ROUND]
    out = set()
    for series in table["series"].unique():
        ids = series.split()
        if set(ids) & set(COMINCO) or not set(ids) <= set(corpus.index):
            continue
        if all(" said" in corpus.loc[i, "text"] for i in ids):
            out.add("+".join(ids))
    return sorted(out)


def stories(data: Path, tmp: Path) -> dict[str, object]:
    """Story name -> corpus frame."""
    out = {"seeds": ct.load_corpus(ROOT / "seeds")}
    out["cominco"] = ct.load_reuters21578(data / "reuters21578.tar.gz").loc[COMINCO]
    with tarfile.open(data / "meter-courts.tar.gz") as tar:
        tar.extractall(tmp, filter="data")
    names = DRAWS[32]
    meter = ct.load_meter(tmp, stories=names)
    out.update({key: meter[key] for key in names})
    reuters = ct.load_reuters21578(data / "reuters21578.tar.gz")
    keys = HELD_OUT_32 + TUNE_32 + HELD_OUT_33 + TUNE_33 + HELD_OUT_34 + TUNE_34 + HELD_OUT_35 + TUNE_35
    keys += HELD_OUT_36 + TUNE_36 + HELD_OUT_37 + TUNE_37 + HELD_OUT_38 + TUNE_38
    keys += HELD_OUT_39 + TUNE_39
    out.update({f"reuters/{key}": reuters.loc[key.split("+")] for key in keys})
    return out


def draw_folders(meter: Path, *, exclude: list[str], papers: int | None = None) -> list[str]:
    """The sorted METER courts story folders (``DD.MM.YY/catchline``) with PA takes and 3 or more
    newspaper texts (``papers``: exactly that many instead), other than ``exclude``: the list each
    round's held-out draw samples from (``random.Random(6).sample(draw_folders(...), 2)`` gave
    ``HELD_OUT_6``; ``DRAWS`` has each round's ``exclude``). ``meter``: the folder holding
    ``meter-corpus/``."""
    root = meter / "meter-corpus"
    pa = {
        f"{d.parent.name}/{d.name}" for d in (root / "PA/rawtexts/courts").glob("*/*") if any(d.glob("*.txt"))
    }

    def enough(n: int) -> bool:
        return n >= 3 if papers is None else n == papers

    return sorted(
        k
        for k in pa
        if enough(len(list((root / "newspapers/rawtexts/courts" / k).glob("*.txt")))) and k not in exclude
    )


def _old_novelty(words, source_keys: set[str]) -> tuple[int, int]:
    """``novelty`` as it was before issue 22's second round (match keys, names and numbers
    counted among the words), to compare the classes it gives."""
    novel = sum(k not in STOP_WORDS and k not in source_keys for k, _, _ in words)
    return novel, len({k for k, w, i in words if is_fact(w, i) and k not in source_keys})


def meter_all(data: Path, tmp: Path, *, flags: bool = True, features: Path | None = None) -> None:
    """Every METER courts story: how often the ``check:`` flag fires in the findings, and the
    derivation classes against the journalist's labels, with the words of its own counted now
    (lemmas, names and numbers apart) and as before."""
    with tarfile.open(data / "meter-courts.tar.gz") as tar:
        tar.extractall(tmp, filter="data")
    n_flags = n_paras = n_flagged = 0
    rows, frames = [], []
    rules = Options().derivation
    for corpus in ct.load_meter(tmp).values():
        a = ct.analyze(corpus) if flags else ct.analyze(corpus, only=["derivation"])
        texts = findings(a) if flags else {}
        n_paras += len(texts)
        n_flags += sum(t.count("check:") for t in texts.values())
        n_flagged += sum("check:" in t for t in texts.values())
        der = a.derivation.copy()
        src = set().union(*(keys(t) for d, t in doc_tokens(corpus).items() if d not in set(der["doc_id"])))
        old = [_old_novelty(body_words(corpus.loc[d, "text"]), src) for d in der["doc_id"]]
        before = der.assign(novel_words=[o[0] for o in old], novel_facts=[o[1] for o in old])
        _classify_by_rules(before, rules)
        _mark_unrelated(before)
        frames.append(
            der.assign(
                old_novel_words=before["novel_words"],
                old_novel_facts=before["novel_facts"],
                label=[corpus.loc[d, "label"] for d in der["doc_id"]],
            )
        )
        rows += [
            (d, now, then, corpus.loc[d, "label"])
            for d, now, then in zip(der["doc_id"], der["derivation"], before["derivation"], strict=True)
        ]
    if features is not None:  # every text's features, to study the rules offline
        pd.concat(frames).to_csv(features, index=False)
    got = pd.DataFrame(rows, columns=["doc_id", "derivation", "before", "label"])
    got = got[got["label"].isin(["wholly_derived", "partially_derived", "non_derived"])]
    if flags:
        print(f"check: {n_flags} flags in {n_flagged} of {n_paras} paragraphs")
    for col in ("derivation", "before"):
        right = int((got[col] == got["label"]).sum())
        print(f"classes ({col}): {right} of {len(got)} labelled texts right ({right / len(got):.1%})")
        print(pd.crosstab(got["label"], got[col]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--story", default=None, help="seeds, cominco, a METER story key or reuters/NEWID+NEWID")
    ap.add_argument("--meter-all", action="store_true", help="flags and classes on every METER courts story")
    ap.add_argument("--no-flags", action="store_true", help="with --meter-all: the classes only (faster)")
    ap.add_argument("--features", type=Path, default=None, help="with --meter-all: write the features (CSV)")
    ap.add_argument("--draw", type=int, default=None, help="print the held-out draw of this seed and exit")
    args = ap.parse_args()
    if args.draw in POOL_DRAWS:
        series, held, tune = draw_pool(args.draw)
        print(len(series), "series; held out", held, "; to tune", tune)
        return
    if args.draw in REUTERS_DRAWS:
        series = reuters_series(ct.load_reuters21578(args.data / "reuters21578.tar.gz"))
        drawn = REUTERS_DRAWS[args.draw] + (swept_33(series) if args.draw >= 34 else [])
        drawn += swept_35(series) if args.draw >= 36 else []
        drawn += swept_36(series) if args.draw >= 37 else []
        series = [k for k in series if k not in drawn]
        held = random.Random(args.draw).sample(series, 10)
        rest = [k for k in series if k not in held]
        tune = random.Random(100 + args.draw).sample(rest, 10)
        print(len(series), "series; held out", held, "; to tune", tune)
        return
    if args.draw is not None:
        with tempfile.TemporaryDirectory() as tmp, tarfile.open(args.data / "meter-courts.tar.gz") as tar:
            tar.extractall(tmp, filter="data")
            if args.draw < 26:
                folders = draw_folders(Path(tmp), exclude=DRAWS.get(args.draw, DRAWS[7]))
                print(len(folders), "folders;", random.Random(args.draw).sample(folders, 2))
                return
            papers, n = (2, 6) if args.draw < 29 else (1, 10) if args.draw < 31 else (1, 8)
            folders = draw_folders(Path(tmp), exclude=DRAWS[args.draw], papers=papers)
            held = random.Random(args.draw).sample(folders, n)
            rest = [f for f in folders if f not in held]
            print(
                len(folders),
                "folders; held out",
                held,
                "; to tune",
                random.Random(100 + args.draw).sample(rest, n),
            )
        return
    if args.meter_all:
        with tempfile.TemporaryDirectory() as tmp:
            meter_all(args.data, Path(tmp), flags=not args.no_flags, features=args.features)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for name, corpus in stories(args.data, Path(tmp)).items():
            if args.story and name != args.story:
                continue
            a = ct.analyze(corpus)
            print(f"## {name}\n\n{overview(a)}\n")
            for text in findings(a).values():
                print(f"- {text}\n")
            print(f"checks: {sum(t.count('check:') for t in findings(a).values())}\n")


if __name__ == "__main__":
    main()
