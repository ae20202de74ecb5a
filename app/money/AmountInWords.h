#pragma once
// The amount in words printed on quotes and invoices, in the Indian system (Crore, Lakh, Thousand,
// Hundred): 12345678.90 -> "Rupees One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy
// Eight and Ninety Paise Only".
//
// The words are English on purpose: documents are issued in English, and number names in Hindi and
// other Indian languages are not composed word by word, so translating the pieces would print wrong
// amounts on a tax document.

#include "money/Money.h"

#include <QString>

namespace bcp {

class AmountInWords {
public:
    // "Rupees {words} Only" or "Rupees {words} and {words} Paise Only"; zero rupees read "Zero"
    // ("Rupees Zero and Fifty Paise Only"). A negative amount is prefixed with "Minus ".
    static QString text(Money amount);
    // A whole number in Indian words: 0 -> "Zero", 1234567 -> "Twelve Lakh Thirty Four Thousand Five
    // Hundred Sixty Seven". Above 99 crore the crore count is itself read in words ("One Hundred Twenty
    // Three Crore", "One Lakh Crore").
    static QString number(quint64 value);
};

} // namespace bcp
