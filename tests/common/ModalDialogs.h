#pragma once
// Reaching modal dialogs from widget tests.

#include <functional>

class QWidget;

namespace bcp::test {

// Runs `act` on the next modal dialog once it shows: exec() runs its own event loop, so the test reaches the
// dialog from a timer. A dialog the action leaves open (a failed check) is closed so the test cannot hang.
void whenModal(std::function<void(QWidget *)> act);

} // namespace bcp::test
