#pragma once

#include <QLoggingCategory>

// One category per workflow, so that an operator can follow one capability in the journal
// (QT_LOGGING_RULES="bt.app.workflow.drafts.debug=true"). No personal data is ever logged.
Q_DECLARE_LOGGING_CATEGORY(lcWorkflowJourney)
Q_DECLARE_LOGGING_CATEGORY(lcWorkflowForm)
Q_DECLARE_LOGGING_CATEGORY(lcWorkflowDrafts)
Q_DECLARE_LOGGING_CATEGORY(lcWorkflowBrowser)
