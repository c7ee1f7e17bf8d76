"""Write endpoints, registered only when a token is configured: ingest one article."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from parley import nlp
from parley.analyse import analyse
from parley.api.models import ArticleIn, Ingested
from parley.clean import NotAnArticle, clean
from parley.ingest import resolve
from parley.read import RawArticle

bearer = HTTPBearer(auto_error=False, description="the server's PARLEY_TOKEN")


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """Accept only ``Authorization: Bearer <PARLEY_TOKEN>``, compared in constant time."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    expected = request.app.state.token.encode()
    if not hmac.compare_digest(credentials.credentials.encode(), expected):
        raise HTTPException(403, "wrong token")


router = APIRouter(prefix="/api", dependencies=[Depends(require_token)], tags=["write"])


@router.post(
    "/articles",
    response_model=Ingested,
    status_code=201,
    responses={
        200: {"model": Ingested, "description": "already stored; nothing written"},
        401: {"description": "no bearer token"},
        403: {"description": "wrong token"},
        413: {"description": "request body too large"},
        422: {"description": "not an article (invalid fields, or no text left after cleaning)"},
    },
)
def post_article(article: ArticleIn, request: Request, response: Response) -> dict[str, Any]:
    """Read, clean, analyse and store one article, like ``parley ingest`` does for a file.

    The article and all its facts are stored in one transaction: on any failure nothing
    is written.
    """
    meta = {
        k: v.strip()
        for k, v in article.model_dump(exclude={"text"}).items()
        if isinstance(v, str) and v.strip()
    }
    raw = RawArticle(
        source=f"api:{meta.get('url', 'post')}", kind="text", text=article.text, meta=meta
    )
    try:
        cleaned = clean(raw)
    except NotAnArticle as exc:
        raise HTTPException(422, f"not an article: {exc}") from exc
    analysis = analyse(nlp.load(request.app.state.model), cleaned.text, cleaned.published)
    with request.app.state.access.open() as store:
        created = store.add_article(cleaned, analysis)
        if created:
            resolve(store)
    if not created:
        response.status_code = 200
    return {"id": cleaned.id, "created": created, "document": f"/api/documents/{cleaned.id}"}
