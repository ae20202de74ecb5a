#include "costing/BoxSpec.h"

namespace bcp::costing {

const char *styleCode(Style style) {
    switch (style) {
    case Style::Rsc0201:
        return "0201";
    case Style::Hsc0200:
        return "0200";
    case Style::Fol0203:
        return "0203";
    case Style::Css0204:
        return "0204";
    case Style::Sheet:
        return "sheet";
    }
    return "";
}

const char *unitCode(Unit unit) {
    return unit == Unit::In ? "in" : "mm";
}

const char *measuredOnCode(MeasuredOn measuredOn) {
    return measuredOn == MeasuredOn::Outside ? "OD" : "ID";
}

bool parseStyle(std::string_view code, Style &out) {
    for (Style s : {Style::Rsc0201, Style::Hsc0200, Style::Fol0203, Style::Css0204, Style::Sheet}) {
        if (code == styleCode(s)) {
            out = s;
            return true;
        }
    }
    return false;
}

bool parseUnit(std::string_view code, Unit &out) {
    if (code == "mm") {
        out = Unit::Mm;
        return true;
    }
    if (code == "in") {
        out = Unit::In;
        return true;
    }
    return false;
}

bool parseMeasuredOn(std::string_view code, MeasuredOn &out) {
    if (code == "ID") {
        out = MeasuredOn::Inside;
        return true;
    }
    if (code == "OD") {
        out = MeasuredOn::Outside;
        return true;
    }
    return false;
}

} // namespace bcp::costing
