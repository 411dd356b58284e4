"""The verdict's sentences for a person: what tracks you, and what to do now.

Kept apart from the rules in `verdict.py` so that the decision stays short to read; every sentence
is a `tr()` template, so the window shows it in French and Dutch too.
"""

from __future__ import annotations

from ..model import Finding
from ..texts import Text, join, tr
from .repeats import repeats


def tracking_reason(trackers: list[Finding], *, identified: bool, own: list[str]) -> Text:
    """Which hosts would see the opening, which mailing service runs them, and whether it names you."""
    if not trackers:
        return tr("Nothing in this message would tell the sender that you opened it.")
    if own:
        return tr(
            "This message is built to tell its sender that you, personally, opened it ({hosts}). Newsletters do "
            "this through mailing services; this one uses its own server.",
            hosts=_shown(own),
        )
    text = _elements(trackers) + (tr(", and that it was you.") if identified else ".")
    vendors = sorted({f.vendor for f in trackers if f.vendor})
    if vendors:
        text = join(" ", [text, tr("The mailing service {vendors} records the opening for the sender.",
                                   vendors=_shown(vendors))])  # fmt: skip
    return text


def _elements(trackers: list[Finding]) -> Text:
    hosts = sorted({f.host for f in trackers if f.host})
    shown = _shown(hosts)
    count = sum(repeats(f) for f in trackers)  # a finding may stand for several (analysis/repeats.py)
    if count == 1:
        return (
            tr("This message contains a tracking element ({hosts}) that would tell the sender when you opened it "
               "and from where", hosts=shown)
            if hosts
            else tr("This message contains a tracking element that would tell the sender when you opened it "
                    "and from where")
        )  # fmt: skip
    return (
        tr("This message contains {count} tracking elements ({hosts}) that would tell the sender when you "
           "opened it and from where", count=count, hosts=shown)
        if hosts
        else tr("This message contains {count} tracking elements that would tell the sender when you "
                "opened it and from where", count=count)
    )  # fmt: skip


def _shown(names: list[str]) -> str:
    return ", ".join(names[:3]) + (", …" if len(names) > 3 else "")


def advice(banner: str, *, tracking: str) -> list[Text]:
    """Two or three plain sentences under the verdict: what the person should do now."""
    if tracking == "identified":
        opened = tr("If you already opened it in your usual mail program with images shown, the sender has learnt "
                    "when you read it, from where, and that it was you.")  # fmt: skip
    elif tracking == "tracked":
        opened = tr("If you already opened it in your usual mail program with images shown, the sender has learnt "
                    "when you read it and from where.")  # fmt: skip
    else:
        opened = tr("If you already clicked a link or typed a password, tell your security contact now and change "
                    "that password.")  # fmt: skip
    if banner in ("dangerous", "suspicious"):
        return [
            tr("Do not click its links, open its attachments or reply to it."),
            tr(
                "Forward it as an attachment to your security contact: the evidence bundle (File › Export) holds "
                "the original message and this report."
            ),
            opened,
        ]
    if banner in ("targeted", "caution"):
        return [
            tr("Be careful: do not click its links or open its attachments unless you know the sender."),
            tr("If in doubt, forward it as an attachment to your security contact before you answer."),
            opened,
        ]
    if banner == "tracked":
        return [
            tr(
                "Nothing here suggests an attack. This view blocks the tracking; your usual mail program may not "
                "unless it blocks remote images."
            ),
        ]
    return [tr("Nothing to do. As always, be wary of any message that asks for a password or a payment.")]
