"""A party's reply is not the source speaker's statement given to the party. Shape: the source
speaker's statement names another body or person as the party it acts on ("Nor-Quest Resources Inc
said it will make a takeover offer to acquire all shares of Northair Mines Ltd ..."); the version
quotes that party, and its statement names the source speaker in its turn ("It said Nor-Quest's
offer to swap one Nor-Quest share plus one dlr for two Northair shares would seriously dilute
Northair's equity"). The version's sentence retells the offer's terms, so the alignment joins the
two, but the party speaks of the source speaker's statement, it does not make it: no fate of the
source speaker's statement (``re_attributed`` was the row; with nothing else told it is
``dropped``). Found in round 39 (branch survival39) while marking ``HELD_OUT_38``'s 16493+16688
(audit38's nq13), so its gain there is not held out; the shape is the target's reply to a bid, a
union's to an employer's offer, a government's to a request.

Both must be named (an anonymous "officials" names no party) and the names compared are the
distinctive ones: words of the speaker's label that are not a legal suffix or a generic word of a
body's name ("Mines", "Corp", "Resources" alone never join two bodies).
"""

from __future__ import annotations

from corpus_tools.attribution.paraphrase import names_in

__all__ = ["party_reply"]

#: words of a body's name that two different bodies share: never the distinctive part
_GENERIC = frozenset(
    """inc corp corporation co company ltd plc sa ag nv group holdings mines mining resources oil gas
    petroleum bank industries international national union association trust the of and""".split()
)


def _own_names(who) -> set[str]:
    """The distinctive words of a speaker's names, lower case ("tamarack mines ltd" -> tamarack)."""
    return {w for n in who.names for w in n.lower().split()} - _GENERIC


def party_reply(me, them, stmt: dict, theirs: dict) -> bool:
    """Whether the version's statement ``theirs``, by ``them``, is a party's reply to the source
    statement ``stmt`` of ``me``: both named, ``them`` named in ``stmt``'s span (the party it acts
    on), and ``me`` named in the reply's content.

    Example: "Acme said it will bid for Zenith Mines" (``stmt``, ``me`` = Acme) and Zenith's "It
    said Acme's offer would dilute its equity" (``theirs``): True."""
    if not (me.named and them.named) or me.same(them):
        return False
    party = _own_names(them)
    if not party & stmt["span_names"]:
        return False
    return bool(_own_names(me) & names_in(str(theirs["content"])))
