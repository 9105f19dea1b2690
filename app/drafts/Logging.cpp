#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppDrafts, "bt.app.drafts", QtInfoMsg)
