"""Every button the bot draws, as typed callback data (see views.codec for the rules).

One module a feature (checkin, guided, care, reminders, keeping_going, records, lessons); here
only the field kinds several of them share. The prefixes and field orders are what old messages
in people's chats still carry: change them only together with a way to read the old ones.
"""

from __future__ import annotations

from typing import Annotated, Literal

Score = Annotated[int, range(11)]  # pain and ratings, 0-10
YesNo = Literal["yes", "no"]
