"""Articles: a paged listing and one article with its text and the mentions found in it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status

from waqia.store.web_queries import count_articles, list_articles, load_article_reports
from waqia.web.deps import Context, Reader
from waqia.web.presenters import present_article, present_mention
from waqia.web.schemas import ArticleDetailOut, ArticleListOut, ErrorOut
from waqia.web.settings import MAX_PAGE_SIZE

router = APIRouter(prefix="/api/v1", tags=["articles"], responses={401: {"model": ErrorOut}})


@router.get("/articles", response_model=ArticleListOut, summary="List articles")
def get_articles(
    context: Context,
    identity: Reader,
    limit: Annotated[int | None, Query(ge=1, le=MAX_PAGE_SIZE)] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> ArticleListOut:
    """Stored articles, most recently published first (without their text)."""
    size = limit or context.settings.page_size
    return ArticleListOut(
        total=count_articles(context.engine),
        limit=size,
        offset=offset,
        articles=[
            present_article(article) for article in list_articles(context.engine, limit=size, offset=offset)
        ],
    )


@router.get(
    "/articles/{article_id}",
    response_model=ArticleDetailOut,
    summary="One article",
    responses={404: {"model": ErrorOut}},
)
def get_article(
    context: Context, identity: Reader, article_id: Annotated[str, Path(min_length=1, max_length=64)]
) -> ArticleDetailOut:
    """The article with its full text and every mention extracted from it (with evidence offsets)."""
    article = context.store.get_article(article_id)
    if article is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article with id {article_id!r}")
    return ArticleDetailOut(
        article=present_article(article),
        text=article.text,
        mentions=[
            present_mention(record.mention, event_id=record.event_id)
            for record in load_article_reports(context.engine, article_id)
        ],
    )
