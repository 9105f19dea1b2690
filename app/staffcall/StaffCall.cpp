#include "StaffCall.h"

namespace bt::app {

StaffCall::~StaffCall() = default;

} // namespace bt::app
