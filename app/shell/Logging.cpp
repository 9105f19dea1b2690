#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppShell, "bt.app.shell", QtInfoMsg)
