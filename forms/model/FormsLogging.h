#pragma once

#include <QLoggingCategory>

// bt.forms: schema loading, code lists, rules. Never logs answers, only ids and counts.
Q_DECLARE_LOGGING_CATEGORY(lcForms)
