"""Everything stored about one person: found through the schema, exported, or erased.

The tables are discovered from the metadata, not listed by hand, so a table a later feature
adds is exported and erased too: a table is about a person if it has a `user_id` column, or a
foreign key to a table that is (answers belong to check-ins, which belong to a person).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.schema import metadata

USERS = "users"


def _filters(user_id: int) -> dict[str, ColumnElement[bool]]:
    """For each table about a person, the condition that picks this person's rows."""
    found: dict[str, ColumnElement[bool]] = {}
    # Parents come before children in sorted_tables, so one pass sees every chain.
    for table in metadata.sorted_tables:
        if table.name == USERS:
            found[USERS] = table.c.id == user_id
        elif "user_id" in table.c:
            found[table.name] = table.c.user_id == user_id
        else:
            condition = _through_parent(table, found)
            if condition is not None:
                found[table.name] = condition
    return found


def _through_parent(
    table: Table, found: dict[str, ColumnElement[bool]]
) -> ColumnElement[bool] | None:
    """Rows of `table` whose foreign key points at a row that is about the person."""
    for key in table.foreign_keys:
        parent = key.column.table
        if parent.name in found:
            owned = select(key.column).where(found[parent.name])
            return key.parent.in_(owned)
    return None


def tables_about_person() -> list[Table]:
    """Every table that can hold a row about a person, parents first."""
    names = set(_filters(0))
    return [t for t in metadata.sorted_tables if t.name in names]


def _plain(value: Any) -> Any:
    """A JSON-friendly value (instants as ISO 8601 in UTC)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


async def export_rows(tx: AsyncSession, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row about the person, table by table, in primary-key order."""
    exported: dict[str, list[dict[str, Any]]] = {}
    for name, condition in _filters(user_id).items():
        table = metadata.tables[name]
        query = select(table).where(condition).order_by(*table.primary_key.columns)
        rows = (await tx.execute(query)).mappings()
        exported[name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    return exported


async def erase_person(tx: AsyncSession, user_id: int) -> dict[str, int]:
    """Delete every row about the person, children before parents; rows deleted per table.

    The foreign keys cascade from `users` as well; deleting explicitly keeps the erasure
    complete even for a table whose key forgot the cascade, or one without a foreign key.
    """
    deleted: dict[str, int] = {}
    filters = _filters(user_id)
    for table in reversed(tables_about_person()):
        result = await tx.execute(delete(table).where(filters[table.name]))
        deleted[table.name] = result.rowcount or 0  # type: ignore[attr-defined]
    return deleted
