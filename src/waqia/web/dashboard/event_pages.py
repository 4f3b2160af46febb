"""The event page: every field next to its evidence in each source text, review controls and history."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from waqia.model import ClaimStatus, EventStatus, SubEventType, Target
from waqia.review import confirm_event, edit_event, merge_events, reject_event, split_event
from waqia.store.accounts import UserRole
from waqia.web.api.review import author_of, require_event
from waqia.web.dashboard.event_view import build_field_rows, build_source_views
from waqia.web.deps import Context, Editor, Reader, WebContext
from waqia.web.review_actions import changes_from_edit, describe_history
from waqia.web.schemas import EventEditIn

router = APIRouter(include_in_schema=False)

EventId = Annotated[str, Path(min_length=1, max_length=64)]
# What the page says after a review action redirected back to it (?done=...).
FLASH_MESSAGES = {
    "confirmed": "Event confirmed.",
    "rejected": "Event rejected: it has left listings and exports.",
    "edited": "Changes saved.",
    "merged": "Events merged into this one.",
    "split": "Reports moved to this new event.",
}


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(
    request: Request, context: Context, identity: Reader, event_id: EventId, done: str | None = None
) -> Response:
    event = require_event(context, event_id)
    reports = context.store.reports_of(event_id)
    sources = build_source_views(reports)
    return context.templates.TemplateResponse(
        request,
        "event.html",
        {
            "event": event,
            "fields": build_field_rows(event, reports),
            "sources": sources,
            "history": describe_history(context.store.review_history(event_id)),
            "flash": FLASH_MESSAGES.get(done or "", ""),
            "trail": context.store.merge_trail(event_id),
            "mention_sources": {
                view.record.mention.mention_id: f"{view.number}. {view.source_name}" for view in sources
            },
            "can_review": identity.allows(UserRole.EDITOR)
            and (event.status.is_live or event.status is EventStatus.REJECTED),
            "sub_event_types": list(SubEventType),
            "claim_statuses": list(ClaimStatus),
            "targets": list(Target),
        },
    )


def _back_to(context: WebContext, event_id: str, done: str) -> Response:
    context.counts.forget()
    return RedirectResponse(
        f"/events/{quote(event_id, safe='')}?done={done}", status_code=status.HTTP_303_SEE_OTHER
    )


async def _form_values(request: Request) -> dict[str, list[str]]:
    form = await request.form()
    values: dict[str, list[str]] = {}
    for key, value in form.multi_items():
        if isinstance(value, str):
            values.setdefault(key, []).append(value)
    return values


@router.post("/events/{event_id}/confirm")
async def confirm_form(context: Context, identity: Editor, event_id: EventId) -> Response:
    require_event(context, event_id)
    await run_in_threadpool(
        confirm_event, context.store, event_id, author=author_of(identity), now=context.clock()
    )
    return _back_to(context, event_id, "confirmed")


@router.post("/events/{event_id}/reject")
async def reject_form(request: Request, context: Context, identity: Editor, event_id: EventId) -> Response:
    require_event(context, event_id)
    reason = " ".join((await _form_values(request)).get("reason", []))
    await run_in_threadpool(
        reject_event, context.store, event_id, author=author_of(identity), reason=reason, now=context.clock()
    )
    return _back_to(context, event_id, "rejected")


@router.post("/events/{event_id}/edit")
async def edit_form(request: Request, context: Context, identity: Editor, event_id: EventId) -> Response:
    require_event(context, event_id)
    given = {
        key: values[-1].strip()
        for key, values in (await _form_values(request)).items()
        if key in EventEditIn.model_fields and values[-1].strip()
    }
    try:
        body = EventEditIn.model_validate(given)
    except ValidationError as error:
        # Reported like an invalid API body: one line per field, through the one error handler.
        raise RequestValidationError(error.errors()) from error
    changes = changes_from_edit(body)
    await run_in_threadpool(
        edit_event, context.store, event_id, changes=changes, author=author_of(identity), now=context.clock()
    )
    return _back_to(context, event_id, "edited")


@router.post("/events/{event_id}/merge")
async def merge_form(request: Request, context: Context, identity: Editor, event_id: EventId) -> Response:
    require_event(context, event_id)
    text = " ".join((await _form_values(request)).get("other_ids", []))
    others = [item for item in text.replace(",", " ").split() if item]
    for other in others:
        require_event(context, other)
    merged = await run_in_threadpool(
        merge_events, context.store, [event_id, *others], author=author_of(identity), now=context.clock()
    )
    return _back_to(context, merged.event_id, "merged")


@router.post("/events/{event_id}/split")
async def split_form(request: Request, context: Context, identity: Editor, event_id: EventId) -> Response:
    require_event(context, event_id)
    mention_ids = (await _form_values(request)).get("mention_ids", [])
    created = await run_in_threadpool(
        split_event,
        context.store,
        event_id,
        mention_ids=mention_ids,
        author=author_of(identity),
        now=context.clock(),
    )
    return _back_to(context, created.event_id, "split")
