"""Who really sent this: the story when the checks vouch for someone else, every From line, the recipients,
and authentication pills that are green only for a trusted pass aligned with From."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from .dates import local_date
from .icons import LEVEL_COLOUR
from .sender_facts import FAIL, PASS, Auth, SenderView, domain_of, hop_trusted, sender_view
from .widgets import Panel, plain_label, plain_tooltip

__all__ = ["Auth", "SenderCard", "SenderView", "hop_trusted", "sender_view"]
MAX_RECIPIENTS = 3  # a campaign's 400 To addresses would push the card off the screen
GREY = "#80868b"
CARD_SHARE = 0.25  # of the window's height, kept for the card at least (it scrolls below that)


class SenderCard(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("senderCard")
        self.setFrameShape(Panel.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader lands on it with Tab
        self.setStyleSheet("#senderCard:focus { border: 2px solid palette(highlight); border-radius: 4px; }")
        self._view: SenderView | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 8, 12, 8)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.story_label: QLabel | None = None
        self.badges: dict[str, QLabel] = {}

    def show_sender(self, view: SenderView) -> None:
        self._view = view
        self.retranslate()

    def retranslate(self) -> None:
        if self._view is None:
            return
        _clear(self.grid)
        view = self._view
        row = 0
        self.story_label = None
        if (story := self.story_text(view)) is not None:
            text, alarming = story
            self.story_label = plain_label(text, self)
            colour = LEVEL_COLOUR["dangerous"] if alarming else LEVEL_COLOUR["info"]
            self.story_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.grid.addWidget(self.story_label, row, 0, 1, 2)
            row += 1
        for name, value in self.rows(view):
            key = plain_label(name, self, wrap=False, select=False)
            key.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(plain_label(value, self), row, 1)
            if name == self.tr("Real address") and view.lookalike:
                row += 1
                warning = plain_label(self.tr("⚠ looks like {domain}").format(domain=view.lookalike), self)
                warning.setStyleSheet(f"color: {LEVEL_COLOUR['dangerous']}; font-weight: bold;")
                self.grid.addWidget(warning, row, 1)
            row += 1
        self._add_badges(view, row)
        self.setAccessibleName(
            self.tr("Sender: {name} <{address}>").format(name=view.display_name, address=view.address)
        )
        self.setAccessibleDescription(self.description(view))

    def story_text(self, view: SenderView) -> tuple[str, bool] | None:
        """The one line that says who really sent it; True when it is alarming rather than a newsletter's set-up."""
        story = view.story
        if story is None:
            return None
        server = self.tr(" (server {server})").format(server=story.server) if story.server else ""
        if story.through:
            return self.tr("Sent through {real} for {claimed}").format(real=story.real, claimed=story.claimed), False
        text = self.tr("Claims to be {claimed} — really sent by {real}").format(claimed=story.claimed, real=story.real)
        return text + server, True

    def rows(self, view: SenderView) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        if len(view.from_lines) > 1:
            for number, line in enumerate(view.from_lines, start=1):
                shown = self.tr(" (the one mail programs show)") if number == 1 else ""
                rows.append((self.tr("From line {n}").format(n=number), line + shown))
            rows.append((self.tr("Real address"), view.address or self.tr("(none)")))
        else:
            rows.append((self.tr("Shown name"), view.display_name or self.tr("(no name)")))
            rows.append((self.tr("Real address"), view.address or self.tr("(none)")))
        if view.to:
            rows.append((self.tr("To"), self.recipients(view.to)))
        if view.cc:
            rows.append((self.tr("Cc"), self.recipients(view.cc)))
        from_domain = domain_of(view.address)
        for address in view.reply_to:
            if address.lower() != view.address.lower():
                rows.append((self.tr("Replies go to"), address))
        if view.return_path and domain_of(view.return_path) != from_domain:
            rows.append((self.tr("Bounces go to"), view.return_path))
        if view.origin_ip or view.origin_host:
            host = f"({view.origin_host})" if view.origin_host and view.origin_ip else view.origin_host
            where = " ".join(p for p in (view.origin_ip, host) if p)
            when = self.tr(" at {time}").format(time=local_date(view.origin_time)) if view.origin_time else ""
            rows.append((self.tr("Sent from"), where + when))
        return rows

    def recipients(self, addresses: list[str]) -> str:
        shown = ", ".join(addresses[:MAX_RECIPIENTS])
        more = len(addresses) - MAX_RECIPIENTS
        return shown + (self.tr(" and {n} more").format(n=more) if more > 0 else "")

    def _add_badges(self, view: SenderView, row: int) -> None:
        badge_row = QWidget(self)
        badges = QVBoxLayout(badge_row) if self._long(view) else QHBoxLayout(badge_row)
        badges.setContentsMargins(0, 2, 0, 0)
        badges.setSpacing(3)
        self.badges = {}
        for method in ("spf", "dkim", "dmarc"):
            self.badges[method] = self._badge(method, view.auth.get(method, Auth()), view)
            badges.addWidget(self.badges[method], 0, Qt.AlignmentFlag.AlignLeft)
        auth_label = plain_label(self.tr("Authentication"), self, wrap=False, select=False)
        auth_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.grid.addWidget(auth_label, row, 0, 1, 2)
        self.grid.addWidget(badge_row, row + 1, 0, 1, 2)  # the whole card's width: the pills name domains

    def _badge(self, method: str, auth: Auth, view: SenderView) -> QLabel:
        result = auth.result.lower()
        text = f"{method.upper()} {result}"
        if auth.domain and result != "none":
            text += f" · {auth.domain}"
        note = ""
        if auth.trusted is False and result != "none":
            note = self.tr("claimed by sender")
        elif auth.trusted is None and result != "none":
            note = self.tr("not verified")
        elif result in PASS and auth.aligned is False:
            note = self.tr("not the sender's domain")
        text += f"\n{note}" if note else ""  # two short lines rather than one that overflows a narrow card
        colour = self.badge_colour(auth)
        badge = plain_label(text, self, wrap=False, select=False)
        style = "dashed" if auth.trusted is not True else "solid"
        badge.setStyleSheet(f"border: 1px {style} {colour}; color: {colour}; border-radius: 8px; padding: 1px 6px;")
        explanation = self.badge_explanation(method, auth, view)
        badge.setToolTip(plain_tooltip(f"{text}\n\n{explanation}"))
        badge.setAccessibleName(text.replace("\n", " · "))
        badge.setAccessibleDescription(explanation)
        return badge

    @staticmethod
    def badge_colour(auth: Auth) -> str:
        """Green for a trusted, aligned pass only; red for a failure; amber for a pass that vouches for
        another domain; grey for what nobody checked or the sender wrote itself."""
        result = auth.result.lower()
        if result in FAIL and auth.trusted is not False:
            return LEVEL_COLOUR["dangerous"]
        if auth.good():
            return LEVEL_COLOUR["clean"]
        if result in PASS and auth.trusted is True:
            return LEVEL_COLOUR["caution"]
        return GREY

    def badge_explanation(self, method: str, auth: Auth, view: SenderView) -> str:
        """What the check is, in plain words, then what this result means for this message."""
        what = {
            "spf": self.tr("SPF: was the server that delivered it allowed to send mail for the domain it named?"),
            "dkim": self.tr(
                "DKIM: a digital signature by a domain. A valid one proves that domain sent the message and that "
                "it was not changed since."
            ),
            "dmarc": self.tr(
                "DMARC: does the sender's domain shown in From agree with SPF or DKIM? The domain's owner says what "
                "to do when it does not."
            ),
        }[method]
        result = auth.result.lower()
        sender = domain_of(view.address) or self.tr("(none)")
        if result == "none":
            meaning = self.tr("Not checked: this proves nothing either way.")
        elif auth.trusted is False:
            meaning = self.tr("Written by the sender's side, not by your mail server: it proves nothing.")
        elif auth.trusted is None:
            meaning = self.tr("Nobody could tell whether your mail server wrote this result: it proves little.")
        elif result in FAIL:
            meaning = self.tr("Your mail server checked it and it failed.")
        elif auth.good():
            meaning = self.tr("Your mail server checked it: it passed for the sender's own domain ({domain}).").format(
                domain=sender
            )
        elif result in PASS and auth.domain:
            meaning = self.tr("It passed, but for {domain}, not for the sender's domain {sender}.").format(
                domain=auth.domain, sender=sender
            )
        else:
            meaning = self.tr("Result: {result}.").format(result=result)
        return f"{what}\n{meaning}"

    def description(self, view: SenderView) -> str:
        """For screen readers: the story, then every row and pill, as one text."""
        parts = [story[0] for story in [self.story_text(view)] if story]
        parts += [f"{name}: {value}" for name, value in self.rows(view)]
        if view.lookalike:
            parts.append(self.tr("⚠ looks like {domain}").format(domain=view.lookalike))
        parts += [badge.text().replace("\n", " · ") for badge in self.badges.values()]
        return ". ".join(parts)

    @staticmethod
    def _long(view: SenderView) -> bool:
        """Long badges ("… · claimed by sender") go one per line so the card stays narrow."""
        return any(a.result != "none" and (a.trusted is not True or a.domain) for a in view.auth.values())


# The card leaves FINDINGS_ROOM px of its column to the findings list below it, or takes at least
# CARD_SHARE of it, and scrolls the rest: at 1024 x 640 it took two thirds, and the list showed two rows.
FINDINGS_ROOM = 220
CARD_SHARE = 0.4


class CardScroll(QScrollArea):
    """Holds the card at its full height where there is room; scrolls it in a small window instead of
    squeezing its lines (a plain QScrollArea asks for a fixed, small height)."""

    def __init__(self, card: SenderCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # A long address cannot wrap: in a narrow column it scrolls rather than being cut off.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the card itself
        self.card = card  # before setWidget: its events reach eventFilter at once
        self.setWidget(card)
        card.installEventFilter(self)
        if parent is not None:
            parent.installEventFilter(self)  # the column's height decides how much the card may take

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.card and event.type() == QEvent.Type.LayoutRequest:  # filled or translated
            self.updateGeometry()
        elif watched is self.parentWidget() and isinstance(event, QResizeEvent):
            column = event.size().height()
            self.setMaximumHeight(max(round(column * CARD_SHARE), column - FINDINGS_ROOM))
        return False

    def sizeHint(self) -> QSize:
        card = self.card
        width = self.viewport().width() or card.sizeHint().width()
        height = card.heightForWidth(width) if card.hasHeightForWidth() else -1
        return QSize(card.sizeHint().width(), max(height, card.sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        """All of the card up to a quarter of the window's height: the findings keep their share, and a
        640-pixel-high window still fits (this minimum adds to the window's own)."""
        cap = int(self.window().height() * CARD_SHARE)
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), cap))


def _clear(layout: QGridLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.deleteLater()
