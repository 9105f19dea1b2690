#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppStaffCall, "bt.app.staffcall", QtInfoMsg)
