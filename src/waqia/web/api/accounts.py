"""Who am I, service health, and user management for admins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status

from waqia import __version__
from waqia.store.accounts import User, UserRole
from waqia.web.auth import create_user
from waqia.web.deps import Admin, Context, Reader, WebContext
from waqia.web.schemas import ErrorOut, HealthOut, MeOut, RoleIn, UserIn, UserListOut, UserOut

router = APIRouter(prefix="/api/v1", tags=["accounts"])

UserName = Annotated[str, Path(min_length=1, max_length=64)]
ADMIN_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorOut},
    403: {"model": ErrorOut},
    404: {"model": ErrorOut},
}


def present_user(user: User) -> UserOut:
    return UserOut(name=user.name, role=user.role.value, created_at=user.created_at)


@router.get("/health", response_model=HealthOut, summary="Is the service up")
def get_health() -> HealthOut:
    return HealthOut(version=__version__)


@router.get("/me", response_model=MeOut, summary="Who am I", responses={401: {"model": ErrorOut}})
def get_me(identity: Reader) -> MeOut:
    """The signed-in user (or anonymous), how the request was authenticated, and the CSRF token that
    cookie-authenticated writes must send."""
    return MeOut(
        user=present_user(identity.user) if identity.user else None,
        method=identity.method.value,
        csrf_token=identity.csrf_token,
    )


@router.get("/users", response_model=UserListOut, summary="List users", responses=ADMIN_ERRORS)
def get_users(context: Context, identity: Admin) -> UserListOut:
    return UserListOut(users=[present_user(user) for user in context.accounts.list_users()])


@router.post(
    "/users",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Add a user",
    responses=ADMIN_ERRORS,
)
def post_user(context: Context, identity: Admin, body: UserIn) -> UserOut:
    user = create_user(
        context.accounts,
        body.name,
        role=UserRole(body.role),
        password=body.password,
        hasher=context.hasher,
        now=context.clock(),
    )
    return present_user(user)


def check_not_last_admin(context: WebContext, name: str) -> None:
    """409 when `name` is the only admin: removing or demoting them would lock everyone out."""
    admins = [user.name for user in context.accounts.list_users() if user.role is UserRole.ADMIN]
    if admins == [name]:
        raise HTTPException(
            status.HTTP_409_CONFLICT, f"{name} is the last admin; make another user admin first"
        )


def require_user(context: WebContext, name: str) -> User:
    user = context.accounts.get_user(name)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no user named {name!r}")
    return user


@router.put("/users/{name}/role", response_model=UserOut, summary="Change a role", responses=ADMIN_ERRORS)
def put_role(context: Context, identity: Admin, name: UserName, body: RoleIn) -> UserOut:
    user = require_user(context, name)
    if user.role is UserRole.ADMIN and body.role != UserRole.ADMIN.value:
        check_not_last_admin(context, name)
    return present_user(context.accounts.set_role(name, UserRole(body.role)))


@router.delete(
    "/users/{name}", status_code=status.HTTP_204_NO_CONTENT, summary="Remove a user", responses=ADMIN_ERRORS
)
def delete_user(context: Context, identity: Admin, name: UserName) -> None:
    user = require_user(context, name)
    if user.role is UserRole.ADMIN:
        check_not_last_admin(context, name)
    context.accounts.remove_user(name)
