"""The Bot API's method list and, for each method the local chat answers, its parameter names.

Telegram ignores parameters it does not know; the local chat refuses them, so a misspelt or
outdated parameter is found on the first try instead of silently doing nothing. The names follow
the method tables of the Bot API documentation (Bot API 10.0).
"""

from __future__ import annotations

from localchat.wire import ApiError, Json, bad_request

# Every method of the Bot API, in its documented spelling.
BOT_API_METHODS = frozenset(
    {
    "addStickerToSet", "answerCallbackQuery", "answerGuestQuery", "answerInlineQuery",
    "answerPreCheckoutQuery", "answerShippingQuery", "answerWebAppQuery",
    "approveChatJoinRequest", "approveSuggestedPost", "banChatMember", "banChatSenderChat",
    "close", "closeForumTopic", "closeGeneralForumTopic", "convertGiftToStars", "copyMessage",
    "copyMessages", "createChatInviteLink", "createChatSubscriptionInviteLink",
    "createForumTopic", "createInvoiceLink", "createNewStickerSet", "declineChatJoinRequest",
    "declineSuggestedPost", "deleteAllMessageReactions", "deleteBusinessMessages",
    "deleteChatPhoto", "deleteChatStickerSet", "deleteForumTopic", "deleteMessage",
    "deleteMessageReaction", "deleteMessages", "deleteMyCommands", "deleteStickerFromSet",
    "deleteStickerSet", "deleteStory", "deleteWebhook", "editChatInviteLink",
    "editChatSubscriptionInviteLink", "editForumTopic", "editGeneralForumTopic",
    "editMessageCaption", "editMessageChecklist", "editMessageLiveLocation", "editMessageMedia",
    "editMessageReplyMarkup", "editMessageText", "editStory", "editUserStarSubscription",
    "exportChatInviteLink", "forwardMessage", "forwardMessages", "getAvailableGifts",
    "getBusinessAccountGifts", "getBusinessAccountStarBalance", "getBusinessConnection",
    "getChat", "getChatAdministrators", "getChatGifts", "getChatMember", "getChatMemberCount",
    "getChatMenuButton", "getCustomEmojiStickers", "getFile", "getForumTopicIconStickers",
    "getGameHighScores", "getManagedBotAccessSettings", "getManagedBotToken", "getMe",
    "getMyCommands", "getMyDefaultAdministratorRights", "getMyDescription", "getMyName",
    "getMyShortDescription", "getMyStarBalance", "getStarTransactions", "getStickerSet",
    "getUpdates", "getUserChatBoosts", "getUserGifts", "getUserPersonalChatMessages",
    "getUserProfileAudios", "getUserProfilePhotos", "getWebhookInfo", "giftPremiumSubscription",
    "hideGeneralForumTopic", "leaveChat", "logOut", "pinChatMessage", "postStory",
    "promoteChatMember", "readBusinessMessage", "refundStarPayment",
    "removeBusinessAccountProfilePhoto", "removeChatVerification", "removeMyProfilePhoto",
    "removeUserVerification", "reopenForumTopic", "reopenGeneralForumTopic",
    "replaceManagedBotToken", "replaceStickerInSet", "repostStory", "restrictChatMember",
    "revokeChatInviteLink", "savePreparedInlineMessage", "savePreparedKeyboardButton",
    "sendAnimation", "sendAudio", "sendChatAction", "sendChecklist", "sendContact", "sendDice",
    "sendDocument", "sendGame", "sendGift", "sendInvoice", "sendLivePhoto", "sendLocation",
    "sendMediaGroup", "sendMessage", "sendMessageDraft", "sendPaidMedia", "sendPhoto", "sendPoll",
    "sendSticker", "sendVenue", "sendVideo", "sendVideoNote", "sendVoice",
    "setBusinessAccountBio", "setBusinessAccountGiftSettings", "setBusinessAccountName",
    "setBusinessAccountProfilePhoto", "setBusinessAccountUsername",
    "setChatAdministratorCustomTitle", "setChatDescription", "setChatMemberTag",
    "setChatMenuButton", "setChatPermissions", "setChatPhoto", "setChatStickerSet",
    "setChatTitle", "setCustomEmojiStickerSetThumbnail", "setGameScore",
    "setManagedBotAccessSettings", "setMessageReaction", "setMyCommands",
    "setMyDefaultAdministratorRights", "setMyDescription", "setMyName", "setMyProfilePhoto",
    "setMyShortDescription", "setPassportDataErrors", "setStickerEmojiList", "setStickerKeywords",
    "setStickerMaskPosition", "setStickerPositionInSet", "setStickerSetThumbnail",
    "setStickerSetTitle", "setUserEmojiStatus", "setWebhook", "stopMessageLiveLocation",
    "stopPoll", "transferBusinessAccountStars", "transferGift", "unbanChatMember",
    "unbanChatSenderChat", "unhideGeneralForumTopic", "unpinAllChatMessages",
    "unpinAllForumTopicMessages", "unpinAllGeneralForumTopicMessages", "unpinChatMessage",
    "upgradeGift", "uploadStickerFile", "verifyChat", "verifyUser",
    }
)  # fmt: skip
_SEND = frozenset(
    {"business_connection_id", "chat_id", "message_thread_id", "direct_messages_topic_id",
     "disable_notification", "protect_content", "allow_paid_broadcast", "message_effect_id",
     "suggested_post_parameters", "reply_parameters", "reply_markup"}
)  # fmt: skip
_CAPTION = frozenset({"caption", "parse_mode", "caption_entities"})
_EDIT = frozenset(
    {"business_connection_id", "chat_id", "message_id", "inline_message_id", "reply_markup"}
)
_MENU = frozenset({"scope", "language_code"})
_WEBHOOK = frozenset(
    {"url", "certificate", "ip_address", "max_connections", "allowed_updates",
     "drop_pending_updates", "secret_token"}
)  # fmt: skip
_ANIMATION = frozenset(
    {"animation", "duration", "width", "height", "thumbnail", "show_caption_above_media",
     "has_spoiler"}
)  # fmt: skip
_ANSWER = frozenset({"callback_query_id", "text", "show_alert", "url", "cache_time"})

# The parameters of each method the local chat implements.
PARAMETERS: dict[str, frozenset[str]] = {
    "getMe": frozenset(),
    "logOut": frozenset(),
    "close": frozenset(),
    "setMyCommands": _MENU | {"commands"},
    "getMyCommands": _MENU,
    "deleteMyCommands": _MENU,
    "setMyDescription": frozenset({"description", "language_code"}),
    "getMyDescription": frozenset({"language_code"}),
    "setMyShortDescription": frozenset({"short_description", "language_code"}),
    "getMyShortDescription": frozenset({"language_code"}),
    "getUpdates": frozenset({"offset", "limit", "timeout", "allowed_updates"}),
    "setWebhook": _WEBHOOK,
    "deleteWebhook": frozenset({"drop_pending_updates"}),
    "getWebhookInfo": frozenset(),
    "sendMessage": _SEND | {"text", "parse_mode", "entities", "link_preview_options"},
    "sendPhoto": _SEND | _CAPTION | {"photo", "show_caption_above_media", "has_spoiler"},
    "sendAnimation": _SEND | _CAPTION | _ANIMATION,
    "sendVoice": _SEND | _CAPTION | {"voice", "duration"},
    "sendAudio": _SEND | _CAPTION | {"audio", "duration", "performer", "title", "thumbnail"},
    "sendDocument": _SEND | _CAPTION | {"document", "thumbnail", "disable_content_type_detection"},
    "sendChatAction": frozenset(
        {"business_connection_id", "chat_id", "message_thread_id", "action"}
    ),
    "editMessageText": _EDIT | {"text", "parse_mode", "entities", "link_preview_options"},
    "editMessageCaption": _EDIT | _CAPTION | {"show_caption_above_media"},
    "editMessageReplyMarkup": _EDIT,
    "editMessageMedia": _EDIT | {"media"},
    "deleteMessage": frozenset({"chat_id", "message_id"}),
    "answerCallbackQuery": _ANSWER,
    "getFile": frozenset({"file_id"}),
}
# python-telegram-bot's `Defaults` fill these into every method that sends or edits a message,
# whether the method takes them or not; Telegram ignores them where it does not, and so do we.
CLIENT_DEFAULTS = frozenset({"parse_mode", "disable_notification", "protect_content"})
_MESSAGE_METHODS = frozenset(
    name for name in PARAMETERS if name.startswith(("send", "edit")) and name != "sendChatAction"
)
_BY_CASELESS_NAME = {name.lower(): name for name in BOT_API_METHODS}


def check_call(method: str, params: Json) -> str:
    """The method's documented name, after checking it exists and takes every parameter given."""
    name = _BY_CASELESS_NAME.get(method.lower())  # Telegram's method names are caseless
    if name is None:
        raise ApiError(404, "Not Found")
    known = PARAMETERS.get(name)
    if known is None:
        raise bad_request(f"method {name} is not implemented by the local chat")
    if name in _MESSAGE_METHODS:
        known = known | CLIENT_DEFAULTS
    unknown = sorted(set(params) - known)
    if unknown:
        raise bad_request(
            f"unknown parameter {unknown[0]!r} for method {name} "
            "(the local chat is stricter than Telegram here)"
        )
    return name
