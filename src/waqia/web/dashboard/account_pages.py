"""Sign-in and sign-out pages, and the admins' user management page."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from waqia.store.accounts import UserRole
from waqia.web.api.accounts import check_not_last_admin, require_user
from waqia.web.auth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    AuthMethod,
    LoginRefusedError,
    LoginThrottledError,
    create_user,
    same_secret,
)
from waqia.web.deps import Admin, Context, MaybeIdentity, SignedIn, WebContext

router = APIRouter(include_in_schema=False)


def local_target(target: str | None) -> str:
    """A redirect target only when it is a path on this site ('/...'); anything else goes to '/'."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _secure(request: Request, context: WebContext) -> bool:
    setting = context.settings.secure_cookies
    return request.url.scheme == "https" if setting is None else setting


def _login_form(
    request: Request,
    context: WebContext,
    *,
    target: str,
    error: str | None = None,
    status_code: int = status.HTTP_200_OK,
    headers: dict[str, str] | None = None,
) -> Response:
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
    response = context.templates.TemplateResponse(
        request,
        "login.html",
        {"next": target, "login_csrf": token, "error": error},
        status_code=status_code,
        headers=headers,
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        path="/login",
        httponly=True,
        samesite="strict",
        secure=_secure(request, context),
    )
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, context: Context, identity: MaybeIdentity, next: str = "/") -> Response:
    target = local_target(next)
    if identity is not None and identity.method is AuthMethod.SESSION:
        return RedirectResponse(target, status_code=status.HTTP_303_SEE_OTHER)
    return _login_form(request, context, target=target)


@router.post("/login", response_class=HTMLResponse)
def login(
    *,
    request: Request,
    context: Context,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=2000)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    target = local_target(next)
    if not same_secret(csrf_token, request.cookies.get(LOGIN_CSRF_COOKIE)):
        return _login_form(
            request,
            context,
            target=target,
            error="The sign-in form expired. Please try again.",
            status_code=status.HTTP_403_FORBIDDEN,
        )
    client_ip = request.client.host if request.client else "unknown"
    try:
        signed_in = context.guard.sign_in(username, password, client_ip=client_ip, now=context.clock())
    except LoginThrottledError as error:
        return _login_form(
            request,
            context,
            target=target,
            error=f"Too many failed attempts: {error}.",
            status_code=status.HTTP_429_TOO_MANY_REQUESTS,
            headers={"Retry-After": str(error.retry_after)},
        )
    except LoginRefusedError:
        return _login_form(
            request,
            context,
            target=target,
            error="Wrong user name or password.",
            status_code=status.HTTP_401_UNAUTHORIZED,
        )
    response = RedirectResponse(target, status_code=status.HTTP_303_SEE_OTHER)
    response.set_cookie(
        SESSION_COOKIE,
        signed_in.cookie_value,
        max_age=int(context.settings.session_lifetime.total_seconds()),
        path="/",
        httponly=True,
        samesite="lax",
        secure=_secure(request, context),
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(context: Context, identity: SignedIn) -> Response:
    if identity.session_hash:
        context.accounts.delete_session(identity.session_hash)
    response = RedirectResponse("/login", status_code=status.HTTP_303_SEE_OTHER)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, context: Context, identity: Admin) -> Response:
    return context.templates.TemplateResponse(
        request,
        "users.html",
        {
            "users": context.accounts.list_users(),
            "tokens": context.accounts.list_tokens(),
            "roles": list(UserRole),
        },
    )


def _back_to_users() -> Response:
    return RedirectResponse("/admin/users", status_code=status.HTTP_303_SEE_OTHER)


@router.post("/admin/users")
def add_user(
    context: Context,
    identity: Admin,
    name: Annotated[str, Form(max_length=64)],
    role: Annotated[UserRole, Form()],
    password: Annotated[str, Form(max_length=1024)],
) -> Response:
    create_user(
        context.accounts, name, role=role, password=password, hasher=context.hasher, now=context.clock()
    )
    return _back_to_users()


@router.post("/admin/users/{name}/role")
def change_role(context: Context, identity: Admin, name: str, role: Annotated[UserRole, Form()]) -> Response:
    user = require_user(context, name)
    if user.role is UserRole.ADMIN and role is not UserRole.ADMIN:
        check_not_last_admin(context, name)
    context.accounts.set_role(name, role)
    return _back_to_users()


@router.post("/admin/users/{name}/remove")
def remove_user(context: Context, identity: Admin, name: str) -> Response:
    user = require_user(context, name)
    if user.role is UserRole.ADMIN:
        check_not_last_admin(context, name)
    if identity.user is not None and identity.user.name == name:
        raise HTTPException(status.HTTP_409_CONFLICT, "you cannot remove yourself; ask another admin")
    context.accounts.remove_user(name)
    return _back_to_users()
