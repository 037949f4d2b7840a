#include "sandboxlogging.h"

namespace QueueLensSandbox {

Q_LOGGING_CATEGORY(lcSandbox, "queuelens.sandbox", QtInfoMsg)

} // namespace QueueLensSandbox
