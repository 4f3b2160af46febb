"""Review actions on events: confirm, reject, edit, merge and split (editors and admins), and the history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status

from waqia.model import Event
from waqia.review import confirm_event, edit_event, merge_events, reject_event, split_event
from waqia.web.auth import Identity
from waqia.web.deps import Context, Editor, Reader, WebContext
from waqia.web.presenters import present_event
from waqia.web.review_actions import changes_from_edit, load_history
from waqia.web.schemas import (
    ErrorOut,
    EventEditIn,
    HistoryOut,
    MergeIn,
    RejectIn,
    ReviewDoneOut,
    SplitIn,
)

router = APIRouter(
    prefix="/api/v1",
    tags=["review"],
    responses={
        400: {"model": ErrorOut},
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        404: {"model": ErrorOut},
    },
)

EventId = Annotated[str, Path(min_length=1, max_length=64)]


def require_event(context: WebContext, event_id: str) -> Event:
    """The event (whatever its status), or 404."""
    event = context.store.get_event(event_id)
    if event is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event with id {event_id!r}")
    return event


def _current(context: WebContext, event_id: str) -> ReviewDoneOut:
    return ReviewDoneOut(event=present_event(require_event(context, event_id)))


def author_of(identity: Identity) -> str:
    if identity.user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in to review events")
    return identity.user.name


@router.post("/events/{event_id}/confirm", response_model=ReviewDoneOut, summary="Confirm an event")
def post_confirm(context: Context, identity: Editor, event_id: EventId) -> ReviewDoneOut:
    """Mark the event as checked by a person (restores a rejected event)."""
    require_event(context, event_id)
    confirm_event(context.store, event_id, author=author_of(identity), now=context.clock())
    context.counts.forget()
    return _current(context, event_id)


@router.post("/events/{event_id}/reject", response_model=ReviewDoneOut, summary="Reject an event")
def post_reject(context: Context, identity: Editor, event_id: EventId, body: RejectIn) -> ReviewDoneOut:
    """Take the event out of listings and exports; later reports of it do not bring it back."""
    require_event(context, event_id)
    reject_event(context.store, event_id, author=author_of(identity), reason=body.reason, now=context.clock())
    context.counts.forget()
    return _current(context, event_id)


@router.patch("/events/{event_id}", response_model=ReviewDoneOut, summary="Edit an event's fields")
def patch_event(context: Context, identity: Editor, event_id: EventId, body: EventEditIn) -> ReviewDoneOut:
    """Set fields by hand; they keep winning when new reports change the event."""
    require_event(context, event_id)
    event = edit_event(
        context.store,
        event_id,
        changes=changes_from_edit(body),
        author=author_of(identity),
        now=context.clock(),
    )
    context.counts.forget()
    return ReviewDoneOut(event=present_event(event))


@router.post("/events/merge", response_model=ReviewDoneOut, summary="Merge events")
def post_merge(context: Context, identity: Editor, body: MergeIn) -> ReviewDoneOut:
    """Merge the events into the oldest of them; the others remain as tombstones pointing to it."""
    for event_id in body.event_ids:
        require_event(context, event_id)
    merged = merge_events(context.store, body.event_ids, author=author_of(identity), now=context.clock())
    context.counts.forget()
    return ReviewDoneOut(event=present_event(merged))


@router.post("/events/{event_id}/split", response_model=ReviewDoneOut, summary="Split an event")
def post_split(context: Context, identity: Editor, event_id: EventId, body: SplitIn) -> ReviewDoneOut:
    """Move some of the event's mentions to a new event, which is returned."""
    require_event(context, event_id)
    created = split_event(
        context.store,
        event_id,
        mention_ids=body.mention_ids,
        author=author_of(identity),
        now=context.clock(),
    )
    context.counts.forget()
    return ReviewDoneOut(event=present_event(created))


@router.get("/events/{event_id}/history", response_model=HistoryOut, summary="An event's review history")
def get_history(context: Context, identity: Reader, event_id: EventId) -> HistoryOut:
    """Every manual change of the event, oldest first: who, when, why, and the event before and after."""
    require_event(context, event_id)
    return HistoryOut(history=load_history(context.store, event_id))
