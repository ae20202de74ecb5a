#include "services/Clock.h"

namespace bcp {

const Clock &Clock::system() {
    static const Clock clock;
    return clock;
}

} // namespace bcp
