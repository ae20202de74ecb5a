#pragma once
// Reaching modal dialogs from widget tests.

#include <QMessageBox>

#include <functional>

class QWidget;

namespace bcp::test {

// Runs `act` on the next modal dialog once it shows: exec() runs its own event loop, so the test reaches the
// dialog from a timer. A dialog the action leaves open (a failed check) is closed so the test cannot hang.
void whenModal(std::function<void(QWidget *)> act);

// Clicks the button of `box` that has `role`; fails the running test when there is none.
void clickButtonWithRole(QMessageBox *box, QMessageBox::ButtonRole role);

} // namespace bcp::test
