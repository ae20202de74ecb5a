#pragma once
// The UPI payment link an invoice's QR code carries (NPCI "upi://pay" deep link), so a customer's UPI app
// opens with the shop's VPA, the exact amount and the invoice number filled in.

#include "money/Money.h"

#include <QString>

namespace bcp::documents {

class UpiLink {
public:
    // A VPA ("virtual payment address") as UPI apps accept it: handle@provider, e.g. "shop.name@okicici".
    static bool isValidVpa(const QString &vpa);

    // upi://pay?pa={vpa}&pn={payee}&am={amount, 2 dp}&cu=INR&tn={note}. The payee and note are
    // percent-encoded (spaces as %20, "/" as %2F, UTF-8 for other scripts); the VPA keeps its "@".
    // `note` is left out when empty. Empty when the VPA is not valid or the amount is not positive.
    static QString paymentUri(const QString &vpa, const QString &payee, Money amount, const QString &note);
};

} // namespace bcp::documents
