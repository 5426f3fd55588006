"""Run the local chat by itself and drive a bot from the command line.

    python -m localchat.cli serve                    # terminal 1: the local chat (and its page)
    TELEGRAM_BASE_URL=http://127.0.0.1:8080/bot TELEGRAM_BOT_TOKEN=123:ABC python bot.py
    python -m localchat.cli say 42 "/start"          # terminal 3: be person 42
    python -m localchat.cli tap 42 "Let's begin"
    python -m localchat.cli show 42                  # the whole conversation so far

The page at http://127.0.0.1:8080/ shows the same chats. The client commands talk to the
server's /control endpoints with urllib (LOCALCHAT_URL or --url, default http://127.0.0.1:8080).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
import time
import urllib.error
import urllib.request
from typing import Any

from localchat.server import serve
from localchat.telegram import LocalTelegram
from localchat.transcript import render_chat, render_transcript

DEFAULT_URL = "http://127.0.0.1:8080"


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command."""
    args = _parser().parse_args(argv)
    if args.command == "serve":
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is the normal way to stop
            asyncio.run(_serve_forever(args))
        return 0
    try:
        return args.handler(args)
    except urllib.error.URLError as exc:
        print(f"cannot reach the local chat at {args.url}: {exc.reason}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    """The argparse tree: serve, say, tap, show, block, unblock."""
    parser = argparse.ArgumentParser(
        prog="python -m localchat.cli",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    client = argparse.ArgumentParser(add_help=False)  # options shared by the client commands
    client.add_argument(
        "--url",
        default=os.environ.get("LOCALCHAT_URL", DEFAULT_URL),
        help="where `serve` listens (env LOCALCHAT_URL)",
    )

    srv = sub.add_parser("serve", help="run the local chat until Ctrl-C")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument(
        "--allow-remote", action="store_true", help="let a non-loopback --host be used"
    )
    srv.add_argument("--port", type=int, default=8080)
    srv.add_argument("--token", default="123:ABC")
    srv.add_argument("--global-rate", type=int, default=30, help="sends/second, 0 = unlimited")
    srv.add_argument("--per-chat-rate", type=float, default=0, help="sends/second per chat")
    srv.add_argument("--quiet", action="store_true", help="do not echo the conversation")

    _add_person_commands(sub, client)
    return parser


def _add_person_commands(sub: Any, client: argparse.ArgumentParser) -> None:
    """The client commands: say, tap, show, block, unblock."""
    say = sub.add_parser("say", parents=[client], help="send a message as the person")
    say.add_argument("user_id", type=int)
    say.add_argument("text")
    say.add_argument("--name", help="the person's first name (default: Ann, or as before)")
    say.add_argument("--wait", type=float, default=1.0, help="seconds to wait for replies")
    say.set_defaults(handler=_say)

    tap = sub.add_parser(
        "tap", parents=[client], help="tap the newest button whose label contains LABEL"
    )
    tap.add_argument("user_id", type=int)
    tap.add_argument("label")
    tap.add_argument("--wait", type=float, default=1.0, help="seconds to wait for replies")
    tap.set_defaults(handler=_tap)

    show = sub.add_parser(
        "show", parents=[client], help="print the conversation (or --now: the chat as shown)"
    )
    show.add_argument("user_id", type=int)
    show.add_argument("--now", action="store_true", help="only the messages currently shown")
    show.set_defaults(handler=_show)

    for name in ("block", "unblock"):
        cmd = sub.add_parser(name, parents=[client], help=f"the person {name}s the bot")
        cmd.add_argument("user_id", type=int)
        cmd.set_defaults(handler=_block, action=name)


# ---------------------------------------------------------------------------- server side


async def _serve_forever(args: argparse.Namespace) -> None:
    """Serve a LocalTelegram with its page and echo the conversation until Ctrl-C."""
    telegram = LocalTelegram(
        token=args.token,
        global_rate=args.global_rate or None,
        per_chat_rate=args.per_chat_rate or None,
        known_chats_only=False,
    )
    if not args.quiet:
        telegram.on_event = lambda entry: print(render_transcript([entry]), flush=True)
    telegram.on_error = lambda method, text: print(f"!! {method}: {text}", flush=True)
    server = await serve(telegram, args.host, args.port, allow_remote=args.allow_remote)
    print(f"local chat listening: open {server.page_url} in a browser")
    print(f"  TELEGRAM_BASE_URL={server.base_url} TELEGRAM_BOT_TOKEN={telegram.token}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    # Explicit handlers: a background job started by a script inherits an ignored SIGINT.
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.stop()
        print("local chat stopped", flush=True)


# ---------------------------------------------------------------------------- client side


def _call(url: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    """GET (body None) or POST JSON to a control endpoint and return its JSON answer."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        f"{url}{path}",
        data=data,
        method="POST" if data else "GET",
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as exc:  # control errors come back as JSON too
        return json.loads(exc.read() or b"{}") | {"ok": False}


def _report(url: str, user_id: int, answer: dict[str, Any], wait: float) -> int:
    """Wait for the bot to react, then print the conversation from the user's action on."""
    if not answer.get("ok"):
        print(f"error: {answer.get('description')}", file=sys.stderr)
        return 1
    time.sleep(wait)
    entries = _call(url, f"/control/transcript/{user_id}?since={answer['seq']}")["entries"]
    print(render_transcript(entries))
    return 0


def _say(args: argparse.Namespace) -> int:
    """`say USER TEXT`."""
    body = {"user_id": args.user_id, "text": args.text, "first_name": args.name}
    return _report(args.url, args.user_id, _call(args.url, "/control/message", body), args.wait)


def _tap(args: argparse.Namespace) -> int:
    """`tap USER LABEL`."""
    body = {"user_id": args.user_id, "label": args.label}
    return _report(args.url, args.user_id, _call(args.url, "/control/tap", body), args.wait)


def _show(args: argparse.Namespace) -> int:
    """`show USER [--now]`."""
    if args.now:
        print(render_chat(_call(args.url, f"/control/chat/{args.user_id}")["messages"]))
    else:
        print(render_transcript(_call(args.url, f"/control/transcript/{args.user_id}")["entries"]))
    return 0


def _block(args: argparse.Namespace) -> int:
    """`block USER` / `unblock USER`."""
    answer = _call(args.url, f"/control/{args.action}", {"user_id": args.user_id})
    print("ok" if answer.get("ok") else f"error: {answer.get('description')}")
    return 0 if answer.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
