"""A ticket's states and the moves between them: one table for the in-process queue
(kiosk/queue/tickets.py) and the back office (kiosk/backoffice/queue_store.py), so both refuse
the same moves.

    waiting ──call──▶ called ──start──▶ serving ──finish──▶ done
       ▲                │ ▲ recall         │
       └───transfer─────┴─┴────────────────┘   (called/serving → waiting at another counter)
    no_show: from waiting, called or serving; finish also straight from called.

``call`` is a first call of one ticket (a walk-in served at once, or an offline ticket called
at its own terminal); ``call_next`` picks the oldest waiting ticket and makes the same move.
"""

from __future__ import annotations

from enum import Enum


class TicketState(Enum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"


WAITING, CALLED, SERVING = TicketState.WAITING, TicketState.CALLED, TicketState.SERVING
# action → (the states it may start from, the state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[TicketState], TicketState]] = {
    "call": (frozenset({WAITING}), CALLED),
    "recall": (frozenset({CALLED}), CALLED),
    "start": (frozenset({CALLED}), SERVING),
    "finish": (frozenset({CALLED, SERVING}), TicketState.DONE),
    "no_show": (frozenset({WAITING, CALLED, SERVING}), TicketState.NO_SHOW),
    "transfer": (frozenset({CALLED, SERVING}), WAITING),
}
ACTIVE = frozenset({WAITING, CALLED, SERVING})
# Actions whose ``counter`` is where the ticket goes (the others keep the ticket's counter).
NEEDS_COUNTER = frozenset({"call", "recall", "transfer"})


def allowed(action: str, state: TicketState) -> bool:
    return action in TRANSITIONS and state in TRANSITIONS[action][0]


def refusal(action: str, state: TicketState, label: str) -> str:
    """Why ``action`` cannot happen to the ticket ``label`` now (one line, 日本語 / English)."""
    sources = ", ".join(sorted(s.value for s in TRANSITIONS[action][0]))
    return (f"番号 {label[:32]} は {state.value} のため {action} できません / ticket "
            f"{label[:32]} is {state.value}: {action} is only possible from {sources}")
