#include "services/CostingJson.h"

#include "costing/CostingEngine.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace bcp {

using costing::BoxSpec;
using costing::CostingMasters;
using costing::LayerSpec;

namespace {

// ---------------------------------------------------------------------------------------------------------
// A small JSON tree. Both the Qt objects of the public API and raw text (the CLI's fast path) are turned
// into it, so exactly one reader below decides what a valid spec is and what each error says.

enum class JType : std::uint8_t { Null, Bool, Number, String, Array, Object };

struct JNode {
    JType type = JType::Null;
    bool boolean = false;
    std::uint32_t first = 0; // children of an array or object, contiguous in the tree
    std::uint32_t count = 0;
    double number = 0;
    std::string_view text; // a string's value
    std::string_view key;  // the member name when the parent is an object
};

class JsonTree {
public:
    void clear() {
        m_nodes.clear();
        m_pool.clear();
    }
    const JNode &child(const JNode &parent, std::uint32_t index) const { return m_nodes[parent.first + index]; }
    std::vector<JNode> &scratch() { return m_scratch; }
    // Moves the children collected on the scratch stack since `mark` into the tree as `parent`'s.
    void adopt(JNode &parent, std::size_t mark) {
        parent.first = std::uint32_t(m_nodes.size());
        parent.count = std::uint32_t(m_scratch.size() - mark);
        m_nodes.insert(m_nodes.end(), m_scratch.begin() + std::ptrdiff_t(mark), m_scratch.end());
        m_scratch.resize(mark);
    }
    // Storage for strings that are not a slice of the input (decoded escapes, converted Qt strings).
    std::string_view keep(std::string text) {
        m_pool.push_back(std::move(text));
        return m_pool.back();
    }

private:
    std::vector<JNode> m_nodes;
    std::vector<JNode> m_scratch;
    std::deque<std::string> m_pool; // a deque never moves its elements, so the views stay valid
};

// RFC 8259 JSON text into a JsonTree. Strings without escapes are views into the input.
class TextParser {
public:
    TextParser(const char *begin, const char *end, JsonTree &tree)
        : m_begin(begin), m_p(begin), m_end(end), m_tree(tree) {}

    void skipSpace() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd() const { return m_p == m_end; }
    bool take(char c) {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c) const { return m_p < m_end && *m_p == c; }

    bool value(JNode &out, int depth) {
        skipSpace();
        if (m_p >= m_end)
            return fail(CostingJson::tr("unexpected end of input"));
        if (depth > kMaxDepth)
            return fail(CostingJson::tr("nested too deeply"));
        switch (*m_p) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            out.type = JType::String;
            return string(out.text);
        case 't':
            out.type = JType::Bool;
            out.boolean = true;
            return literal("true");
        case 'f':
            out.type = JType::Bool;
            out.boolean = false;
            return literal("false");
        case 'n':
            out.type = JType::Null;
            return literal("null");
        default:
            out.type = JType::Number;
            return number(out.number);
        }
    }

    bool fail(const QString &what) {
        if (m_error.isEmpty()) {
            m_error = what;
            m_errorAt = m_p - m_begin;
        }
        return false;
    }
    Error error() const {
        return Error::invalid(QString(),
                              CostingJson::tr("input is not valid JSON: %1 at offset %2").arg(m_error).arg(m_errorAt));
    }

private:
    static constexpr int kMaxDepth = 64;

    bool object(JNode &out, int depth) {
        ++m_p;
        out.type = JType::Object;
        const std::size_t mark = m_tree.scratch().size();
        skipSpace();
        if (!take('}')) {
            for (;;) {
                skipSpace();
                if (!peek('"'))
                    return fail(CostingJson::tr("expected a member name"));
                std::string_view key;
                if (!string(key))
                    return false;
                skipSpace();
                if (!take(':'))
                    return fail(CostingJson::tr("expected ':'"));
                JNode member;
                if (!value(member, depth + 1))
                    return false;
                member.key = key;
                m_tree.scratch().push_back(member);
                skipSpace();
                if (take(','))
                    continue;
                if (take('}'))
                    break;
                return fail(CostingJson::tr("expected ',' or '}'"));
            }
        }
        m_tree.adopt(out, mark);
        return true;
    }

    bool array(JNode &out, int depth) {
        ++m_p;
        out.type = JType::Array;
        const std::size_t mark = m_tree.scratch().size();
        skipSpace();
        if (!take(']')) {
            for (;;) {
                JNode element;
                if (!value(element, depth + 1))
                    return false;
                m_tree.scratch().push_back(element);
                skipSpace();
                if (take(','))
                    continue;
                if (take(']'))
                    break;
                return fail(CostingJson::tr("expected ',' or ']'"));
            }
        }
        m_tree.adopt(out, mark);
        return true;
    }

    bool literal(const char *word) {
        const std::size_t n = std::char_traits<char>::length(word);
        if (std::size_t(m_end - m_p) < n || std::string_view(m_p, n) != word)
            return fail(CostingJson::tr("unexpected character"));
        m_p += n;
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool number(double &out) {
        const char *start = m_p;
        take('-');
        if (take('0')) {
        } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        } else {
            return fail(CostingJson::tr("unexpected character"));
        }
        if (take('.')) {
            if (m_p >= m_end || !isDigit(*m_p))
                return fail(CostingJson::tr("expected a digit"));
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (!take('+'))
                take('-');
            if (m_p >= m_end || !isDigit(*m_p))
                return fail(CostingJson::tr("expected a digit"));
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        const auto [end, ec] = std::from_chars(start, m_p, out);
        if (ec != std::errc() || end != m_p) {
            m_p = start;
            return fail(CostingJson::tr("number out of range"));
        }
        return true;
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(unsigned &out) {
        if (m_end - m_p < 4)
            return fail(CostingJson::tr("bad \\u escape"));
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int v = hexValue(m_p[i]);
            if (v < 0)
                return fail(CostingJson::tr("bad \\u escape"));
            out = out * 16 + unsigned(v);
        }
        m_p += 4;
        return true;
    }

    static void appendUtf8(std::string &s, unsigned cp) {
        if (cp < 0x80) {
            s += char(cp);
        } else if (cp < 0x800) {
            s += char(0xC0 | (cp >> 6));
            s += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            s += char(0xE0 | (cp >> 12));
            s += char(0x80 | ((cp >> 6) & 0x3F));
            s += char(0x80 | (cp & 0x3F));
        } else {
            s += char(0xF0 | (cp >> 18));
            s += char(0x80 | ((cp >> 12) & 0x3F));
            s += char(0x80 | ((cp >> 6) & 0x3F));
            s += char(0x80 | (cp & 0x3F));
        }
    }

    bool string(std::string_view &out) {
        ++m_p;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' && static_cast<unsigned char>(*m_p) >= 0x20)
            ++m_p;
        if (m_p < m_end && *m_p == '"') {
            out = std::string_view(start, std::size_t(m_p - start));
            ++m_p;
            return true;
        }
        std::string decoded(start, std::size_t(m_p - start));
        while (m_p < m_end && *m_p != '"') {
            const char c = *m_p;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(CostingJson::tr("control character in a string"));
            ++m_p;
            if (c != '\\') {
                decoded += c;
                continue;
            }
            if (m_p >= m_end)
                break;
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                decoded += e;
                break;
            case 'b':
                decoded += '\b';
                break;
            case 'f':
                decoded += '\f';
                break;
            case 'n':
                decoded += '\n';
                break;
            case 'r':
                decoded += '\r';
                break;
            case 't':
                decoded += '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low = 0;
                    if (!take('\\') || !take('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return fail(CostingJson::tr("bad \\u escape"));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail(CostingJson::tr("bad \\u escape"));
                }
                appendUtf8(decoded, cp);
                break;
            }
            default:
                --m_p;
                return fail(CostingJson::tr("bad escape"));
            }
        }
        if (!take('"'))
            return fail(CostingJson::tr("unterminated string"));
        out = m_tree.keep(std::move(decoded));
        return true;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    JsonTree &m_tree;
    QString m_error;
    qsizetype m_errorAt = 0;
};

void fromQt(const QJsonValue &v, JNode &out, JsonTree &tree) {
    switch (v.type()) {
    case QJsonValue::Bool:
        out.type = JType::Bool;
        out.boolean = v.toBool();
        break;
    case QJsonValue::Double:
        out.type = JType::Number;
        out.number = v.toDouble();
        break;
    case QJsonValue::String:
        out.type = JType::String;
        out.text = tree.keep(v.toString().toStdString());
        break;
    case QJsonValue::Array: {
        out.type = JType::Array;
        const std::size_t mark = tree.scratch().size();
        const QJsonArray a = v.toArray();
        for (const QJsonValue &element : a) {
            JNode child;
            fromQt(element, child, tree);
            tree.scratch().push_back(child);
        }
        tree.adopt(out, mark);
        break;
    }
    case QJsonValue::Object: {
        out.type = JType::Object;
        const std::size_t mark = tree.scratch().size();
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            JNode child;
            fromQt(it.value(), child, tree);
            child.key = tree.keep(it.key().toStdString());
            tree.scratch().push_back(child);
        }
        tree.adopt(out, mark);
        break;
    }
    default:
        out.type = JType::Null;
        break;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Reading a spec and masters from the tree. Paths are a chain on the stack and become text only for an
// error, so a good case costs no string building.

struct Path {
    const Path *parent = nullptr;
    std::string_view key; // a member name; empty with index >= 0 for an array element
    long index = -1;

    Path member(std::string_view name) const { return Path{this, name, -1}; }
    Path element(long i) const { return Path{this, {}, i}; }

    QString text() const {
        const QString up = parent ? parent->text() : QString();
        if (index >= 0)
            return up + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (!parent)
            return name;
        return up.isEmpty() ? name : up + QLatin1Char('.') + name;
    }
};

class TreeReader {
public:
    TreeReader(const JsonTree &tree, QString prefix) : m_tree(tree), m_prefix(std::move(prefix)) {}

    const JsonTree &tree() const { return m_tree; }
    const Error &error() const { return *m_error; }

    bool fail(const Path &at, const QString &message) { return failText(at.text(), message); }
    // `relative` is a field path below `at`, such as the masters rules' `flutes.B.factor`.
    bool failBelow(const Path &at, const std::string &relative, const QString &message) {
        return failText(CostingJson::joinPath(at.text(), QString::fromStdString(relative)), message);
    }

    bool number(const JNode &v, const Path &at, double &out) {
        if (v.type != JType::Number)
            return fail(at, CostingJson::tr("must be a number"));
        out = v.number;
        return true;
    }
    bool optionalNumber(const JNode *v, const Path &at, std::optional<double> &out) {
        if (!v || v->type == JType::Null) {
            out.reset();
            return true;
        }
        double d = 0;
        if (!number(*v, at, d))
            return false;
        out = d;
        return true;
    }
    // JSON has one number type; counts must still be whole.
    bool integer(const JNode &v, const Path &at, qint64 &out) {
        double d = 0;
        if (!number(v, at, d))
            return false;
        constexpr double kLimit = 9007199254740992.0; // 2^53: beyond it a double no longer holds every integer
        if (d != std::floor(d) || std::fabs(d) > kLimit)
            return fail(at, CostingJson::tr("must be a whole number"));
        out = qint64(d);
        return true;
    }
    bool smallInteger(const JNode &v, const Path &at, int &out) {
        qint64 i = 0;
        if (!integer(v, at, i))
            return false;
        if (i < -1000000 || i > 1000000)
            return fail(at, CostingJson::tr("is out of range"));
        out = int(i);
        return true;
    }
    bool string(const JNode &v, const Path &at, std::string_view &out) {
        if (v.type != JType::String)
            return fail(at, CostingJson::tr("must be a string"));
        out = v.text;
        return true;
    }
    bool object(const JNode &v, const Path &at) {
        return v.type == JType::Object || fail(at, CostingJson::tr("must be an object"));
    }
    bool required(const JNode *v, const Path &at) { return v || fail(at, CostingJson::tr("is required")); }

    // Finds each allowed key's member (the last one when a key repeats). An unknown key is an error,
    // reported for the alphabetically first one so the message does not depend on member order.
    template <std::size_t N>
    bool members(const JNode &object, const Path &at, const std::array<std::string_view, N> &keys,
                 std::array<const JNode *, N> &found) {
        found.fill(nullptr);
        const JNode *unknown = nullptr;
        for (std::uint32_t i = 0; i < object.count; ++i) {
            const JNode &m = m_tree.child(object, i);
            std::size_t k = 0;
            while (k < N && keys[k] != m.key)
                ++k;
            if (k < N)
                found[k] = &m;
            else if (!unknown || m.key < unknown->key)
                unknown = &m;
        }
        return !unknown || fail(at.member(unknown->key), CostingJson::tr("unknown key"));
    }

private:
    bool failText(const QString &field, const QString &message) {
        if (!m_error)
            m_error = Error::invalid(CostingJson::joinPath(m_prefix, field), message);
        return false;
    }

    const JsonTree &m_tree;
    QString m_prefix;
    std::optional<Error> m_error;
};

using std::string_view_literals::operator""sv;

bool readLayer(TreeReader &r, const JNode &node, const Path &at, LayerSpec &layer) {
    if (!r.object(node, at))
        return false;
    static constexpr std::array<std::string_view, 5> keys = {"gsm"sv, "bf"sv, "shade"sv, "rct"sv, "rate"sv};
    std::array<const JNode *, 5> v;
    if (!r.members(node, at, keys, v))
        return false;
    const Path gsm = at.member(keys[0]), bf = at.member(keys[1]), shade = at.member(keys[2]);
    if (!r.required(v[0], gsm) || !r.number(*v[0], gsm, layer.gsm))
        return false;
    if (!r.required(v[1], bf) || !r.number(*v[1], bf, layer.bf))
        return false;
    std::string_view shadeText;
    if (!r.required(v[2], shade) || !r.string(*v[2], shade, shadeText))
        return false;
    layer.shade.assign(shadeText.data(), shadeText.size());
    layer.rct = 0;
    if (v[3] && !r.number(*v[3], at.member(keys[3]), layer.rct))
        return false;
    return r.optionalNumber(v[4], at.member(keys[4]), layer.rate);
}

bool readPrinting(TreeReader &r, const JNode &node, const Path &at, BoxSpec &spec) {
    if (node.type == JType::Null) {
        spec.printing.reset();
        return true;
    }
    if (!r.object(node, at))
        return false;
    static constexpr std::array<std::string_view, 5> keys = {"costPerPrint"sv, "plateCost"sv, "moq"sv, "colors"sv,
                                                             "type"sv};
    std::array<const JNode *, 5> v;
    if (!r.members(node, at, keys, v))
        return false;
    costing::PrintingSpec p;
    if (v[0] && !r.number(*v[0], at.member(keys[0]), p.costPerPrint))
        return false;
    if (v[1] && !r.number(*v[1], at.member(keys[1]), p.plateCost))
        return false;
    qint64 moq = 0;
    if (v[2] && !r.integer(*v[2], at.member(keys[2]), moq))
        return false;
    p.moq = moq;
    if (v[3] && !r.smallInteger(*v[3], at.member(keys[3]), p.colors))
        return false;
    std::string_view type;
    if (v[4] && !r.string(*v[4], at.member(keys[4]), type))
        return false;
    p.type.assign(type.data(), type.size());
    spec.printing = std::move(p);
    return true;
}

bool readLamination(TreeReader &r, const JNode &node, const Path &at, BoxSpec &spec) {
    if (node.type == JType::Null) {
        spec.lamination.reset();
        return true;
    }
    if (!r.object(node, at))
        return false;
    static constexpr std::array<std::string_view, 3> keys = {"ratePer100SqIn"sv, "lengthIn"sv, "widthIn"sv};
    std::array<const JNode *, 3> v;
    if (!r.members(node, at, keys, v))
        return false;
    costing::LaminationSpec l;
    if (v[0] && !r.number(*v[0], at.member(keys[0]), l.ratePer100SqIn))
        return false;
    if (!r.optionalNumber(v[1], at.member(keys[1]), l.lengthIn) ||
        !r.optionalNumber(v[2], at.member(keys[2]), l.widthIn))
        return false;
    spec.lamination = l;
    return true;
}

// `mastersOut` null: a `masters` key is not allowed here.
bool readSpecNode(TreeReader &r, const JNode &node, const Path &at, BoxSpec &spec, const JNode **mastersOut) {
    if (!r.object(node, at))
        return false;
    enum Key {
        Style,
        Unit,
        MeasuredOn,
        Length,
        Width,
        Height,
        Ply,
        Flutes,
        Layers,
        Quantity,
        GlueFlap,
        Deckle,
        MaxLength,
        SheetAllowance,
        Conversion,
        Markup,
        Printing,
        Lamination,
        Varnish,
        Die,
        Punching,
        Masters,
        KeyCount
    };
    static constexpr std::array<std::string_view, KeyCount> keys = {
        "style"sv,          "unit"sv,     "measuredOn"sv,  "length"sv,           "width"sv,
        "height"sv,         "ply"sv,      "flutes"sv,      "layers"sv,           "quantity"sv,
        "glueFlapMm"sv,     "deckleMm"sv, "maxLengthMm"sv, "sheetAllowanceMm"sv, "conversionPerKg"sv,
        "markupPercent"sv,  "printing"sv, "lamination"sv,  "varnishPerBox"sv,    "dieCost"sv,
        "punchingPerBox"sv, "masters"sv};
    std::array<const JNode *, KeyCount> v;
    if (!r.members(node, at, keys, v))
        return false;
    if (v[Masters] && !mastersOut)
        return r.fail(at.member(keys[Masters]), CostingJson::tr("unknown key"));
    auto path = [&at](Key k) { return at.member(keys[std::size_t(k)]); };

    std::string_view text;
    if (v[Style]) {
        if (!r.string(*v[Style], path(Style), text))
            return false;
        if (!costing::parseStyle(text, spec.style))
            return r.fail(path(Style), CostingJson::tr("unknown style '%1'; use 0201, 0200, 0203, 0204 or sheet")
                                           .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    }
    if (v[Unit]) {
        if (!r.string(*v[Unit], path(Unit), text))
            return false;
        if (!costing::parseUnit(text, spec.unit))
            return r.fail(path(Unit), CostingJson::tr("unknown unit '%1'; use mm or in")
                                          .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    }
    if (v[MeasuredOn]) {
        if (!r.string(*v[MeasuredOn], path(MeasuredOn), text))
            return false;
        if (!costing::parseMeasuredOn(text, spec.measuredOn))
            return r.fail(path(MeasuredOn), CostingJson::tr("unknown value '%1'; use ID or OD")
                                                .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    }
    if (!r.required(v[Length], path(Length)) || !r.number(*v[Length], path(Length), spec.length))
        return false;
    if (!r.required(v[Width], path(Width)) || !r.number(*v[Width], path(Width), spec.width))
        return false;
    if (v[Height]) {
        if (!r.number(*v[Height], path(Height), spec.height))
            return false;
    } else if (spec.style != costing::Style::Sheet) {
        return r.required(nullptr, path(Height));
    }
    if (!r.required(v[Ply], path(Ply)) || !r.smallInteger(*v[Ply], path(Ply), spec.ply))
        return false;
    if (!r.required(v[Flutes], path(Flutes)) || !r.string(*v[Flutes], path(Flutes), text))
        return false;
    spec.flutes.assign(text.data(), text.size());
    if (!r.required(v[Layers], path(Layers)))
        return false;
    const JNode &layers = *v[Layers];
    if (layers.type != JType::Array)
        return r.fail(path(Layers), CostingJson::tr("must be an array"));
    const Path layersPath = path(Layers);
    LayerSpec surplus;
    for (std::uint32_t i = 0; i < layers.count; ++i) {
        // Layers beyond what the engine holds are still checked, then counted: the engine reports the mismatch.
        LayerSpec &layer = i < std::uint32_t(costing::kMaxLayers) ? spec.layers[i] : surplus;
        if (!readLayer(r, r.tree().child(layers, i), layersPath.element(long(i)), layer))
            return false;
    }
    spec.layerCount = int(std::min<std::uint32_t>(layers.count, 1000));
    qint64 quantity = 0;
    if (!r.required(v[Quantity], path(Quantity)) || !r.integer(*v[Quantity], path(Quantity), quantity))
        return false;
    spec.quantity = quantity;

    const std::pair<Key, std::optional<double> *> overrides[] = {
        {GlueFlap, &spec.glueFlapMm},        {Deckle, &spec.deckleMm},
        {MaxLength, &spec.maxLengthMm},      {SheetAllowance, &spec.sheetAllowanceMm},
        {Conversion, &spec.conversionPerKg}, {Markup, &spec.markupPercent}};
    for (const auto &[key, value] : overrides) {
        if (!r.optionalNumber(v[key], path(key), *value))
            return false;
    }
    if (v[Printing] && !readPrinting(r, *v[Printing], path(Printing), spec))
        return false;
    if (v[Lamination] && !readLamination(r, *v[Lamination], path(Lamination), spec))
        return false;
    const std::pair<Key, double *> addOns[] = {
        {Varnish, &spec.varnishPerBox}, {Die, &spec.dieCost}, {Punching, &spec.punchingPerBox}};
    for (const auto &[key, value] : addOns) {
        if (v[key] && !r.number(*v[key], path(key), *value))
            return false;
    }
    if (mastersOut) {
        *mastersOut = nullptr;
        if (v[Masters] && v[Masters]->type != JType::Null) {
            if (!r.object(*v[Masters], path(Masters)))
                return false;
            *mastersOut = v[Masters];
        }
    }
    return true;
}

bool readPlyTable(TreeReader &r, const JNode &node, const Path &at, costing::PlyTable &table, bool complete) {
    if (!r.object(node, at))
        return false;
    static constexpr std::array<std::string_view, 5> plies = {"1"sv, "3"sv, "5"sv, "7"sv, "9"sv};
    bool seen[5] = {};
    for (std::uint32_t i = 0; i < node.count; ++i) {
        const JNode &entry = r.tree().child(node, i);
        const Path entryPath = at.member(entry.key);
        const auto ply = std::find(plies.begin(), plies.end(), entry.key);
        if (ply == plies.end())
            return r.fail(entryPath, CostingJson::tr("not a ply; use 1, 3, 5, 7 or 9"));
        const std::size_t index = std::size_t(ply - plies.begin());
        if (!r.number(entry, entryPath, table[index]))
            return false;
        seen[index] = true;
    }
    for (std::size_t i = 0; complete && i < plies.size(); ++i) {
        if (!seen[i])
            return r.required(nullptr, at.member(plies[i]));
    }
    return true;
}

// Applies the overrides in `node` to `m`; with `complete` every key of the snapshot form must be present.
bool readMastersNode(TreeReader &r, const JNode &node, const Path &at, CostingMasters &m, bool complete) {
    if (!r.object(node, at))
        return false;
    enum Key {
        BfPrices,
        ShadePremiums,
        GsmRules,
        Flutes,
        PlyThickness,
        GlueFlap,
        Deckle,
        ExtraFlap,
        MaxLength,
        SheetAllowance,
        Conversion,
        Markup,
        Gst,
        RoundOff,
        KeyCount
    };
    static constexpr std::array<std::string_view, KeyCount> keys = {
        "bfPrices"sv,        "shadePremiums"sv, "gsmRules"sv,    "flutes"sv,      "plyThicknessMm"sv,
        "glueFlapMm"sv,      "deckleMm"sv,      "extraFlapMm"sv, "maxLengthMm"sv, "sheetAllowanceMm"sv,
        "conversionPerKg"sv, "markupPercent"sv, "gstPercent"sv,  "roundOff"sv};
    std::array<const JNode *, KeyCount> v;
    if (!r.members(node, at, keys, v))
        return false;
    auto path = [&at](Key k) { return at.member(keys[std::size_t(k)]); };
    for (std::size_t k = 0; complete && k < KeyCount; ++k) {
        if (!r.required(v[k], path(Key(k))))
            return false;
    }

    if (v[BfPrices]) {
        const Path p = path(BfPrices);
        if (!r.object(*v[BfPrices], p))
            return false;
        for (std::uint32_t i = 0; i < v[BfPrices]->count; ++i) {
            const JNode &entry = r.tree().child(*v[BfPrices], i);
            const Path entryPath = p.member(entry.key);
            double bf = 0;
            const auto [end, ec] = std::from_chars(entry.key.data(), entry.key.data() + entry.key.size(), bf);
            if (ec != std::errc() || end != entry.key.data() + entry.key.size() || !(bf > 0) || !std::isfinite(bf))
                return r.fail(entryPath, CostingJson::tr("the key must be a BF number greater than 0"));
            double price = 0;
            if (!r.number(entry, entryPath, price))
                return false;
            m.setBfPrice(bf, price);
        }
    }
    if (v[ShadePremiums]) {
        const Path p = path(ShadePremiums);
        if (!r.object(*v[ShadePremiums], p))
            return false;
        for (std::uint32_t i = 0; i < v[ShadePremiums]->count; ++i) {
            const JNode &entry = r.tree().child(*v[ShadePremiums], i);
            const Path entryPath = p.member(entry.key);
            if (QString::fromUtf8(entry.key.data(), qsizetype(entry.key.size())).trimmed().isEmpty())
                return r.fail(entryPath, CostingJson::tr("a shade needs a name"));
            double premium = 0;
            if (!r.number(entry, entryPath, premium))
                return false;
            m.setShadePremium(entry.key, premium);
        }
    }
    if (v[GsmRules]) {
        const Path p = path(GsmRules);
        if (!r.object(*v[GsmRules], p))
            return false;
        static constexpr std::array<std::string_view, 5> ruleKeys = {"lowLimit"sv, "lowAdj"sv, "highLimit"sv,
                                                                     "highAdj"sv, "market"sv};
        std::array<const JNode *, 5> rules;
        if (!r.members(*v[GsmRules], p, ruleKeys, rules))
            return false;
        double *const targets[] = {&m.gsmRules.lowLimit, &m.gsmRules.lowAdj, &m.gsmRules.highLimit, &m.gsmRules.highAdj,
                                   &m.gsmRules.market};
        for (std::size_t k = 0; k < ruleKeys.size(); ++k) {
            if (complete && !r.required(rules[k], p.member(ruleKeys[k])))
                return false;
            if (rules[k] && !r.number(*rules[k], p.member(ruleKeys[k]), *targets[k]))
                return false;
        }
    }
    if (v[Flutes]) {
        const Path p = path(Flutes);
        if (!r.object(*v[Flutes], p))
            return false;
        for (std::uint32_t i = 0; i < v[Flutes]->count; ++i) {
            const JNode &entry = r.tree().child(*v[Flutes], i);
            const Path entryPath = p.member(entry.key);
            if (entry.key.size() != 1 || entry.key[0] < 'A' || entry.key[0] > 'Z')
                return r.fail(entryPath, CostingJson::tr("a flute is named by one capital letter A-Z"));
            if (!r.object(entry, entryPath))
                return false;
            static constexpr std::array<std::string_view, 2> fluteKeys = {"factor"sv, "heightMm"sv};
            std::array<const JNode *, 2> f;
            if (!r.members(entry, entryPath, fluteKeys, f))
                return false;
            double factor = 0, height = 0;
            const Path factorPath = entryPath.member(fluteKeys[0]), heightPath = entryPath.member(fluteKeys[1]);
            if (!r.required(f[0], factorPath) || !r.number(*f[0], factorPath, factor))
                return false;
            if (!r.required(f[1], heightPath) || !r.number(*f[1], heightPath, height))
                return false;
            m.setFlute(entry.key[0], factor, height);
        }
    }
    const std::pair<Key, costing::PlyTable *> tables[] = {{PlyThickness, &m.plyThicknessMm},
                                                          {GlueFlap, &m.glueFlapMm},
                                                          {Deckle, &m.deckleMm},
                                                          {ExtraFlap, &m.extraFlapMm}};
    for (const auto &[key, table] : tables) {
        if (v[key] && !readPlyTable(r, *v[key], path(key), *table, complete))
            return false;
    }
    const std::pair<Key, double *> scalars[] = {{MaxLength, &m.maxLengthMm},
                                                {SheetAllowance, &m.sheetAllowanceMm},
                                                {Conversion, &m.conversionPerKg},
                                                {Markup, &m.markupPercent},
                                                {Gst, &m.gstPercent}};
    for (const auto &[key, value] : scalars) {
        if (v[key] && !r.number(*v[key], path(key), *value))
            return false;
    }
    if (v[RoundOff]) {
        if (v[RoundOff]->type != JType::Bool)
            return r.fail(path(RoundOff), CostingJson::tr("must be true or false"));
        m.roundOff = v[RoundOff]->boolean;
    }
    const costing::CostingError invalid = costing::validateMasters(m);
    if (invalid.isError())
        return r.failBelow(at, invalid.field, QString::fromStdString(invalid.message));
    return true;
}

// Reads one case; `caseMasters` receives a copy of `base` with the case's overrides when it has any.
// Returns the masters to cost with, or null on error.
const CostingMasters *readCaseNode(TreeReader &r, const JNode &node, const CostingMasters &base, BoxSpec &spec,
                                   CostingMasters &caseMasters, bool &hasOwn) {
    const Path root;
    const JNode *overrides = nullptr;
    hasOwn = false;
    if (!readSpecNode(r, node, root, spec, &overrides))
        return nullptr;
    if (!overrides)
        return &base;
    caseMasters = base;
    hasOwn = true;
    if (!readMastersNode(r, *overrides, root.member("masters"sv), caseMasters, false))
        return nullptr;
    return &caseMasters;
}

Error engineError(const costing::CostingError &e, const QString &prefix) {
    return Error::invalid(CostingJson::joinPath(prefix, QString::fromStdString(e.field)),
                          QString::fromStdString(e.message));
}

// ---------------------------------------------------------------------------------------------------------
// Compact JSON text for results, written directly: the CLI's output for ten thousand cases would otherwise
// be built as Qt objects first and serialised second.

void appendNumber(QByteArray &out, double v) {
    if (!std::isfinite(v)) {
        out.append("null", 4);
        return;
    }
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v); // shortest text that reads back exactly
    out.append(buf, qsizetype(ec == std::errc() ? end - buf : 0));
}

void appendField(QByteArray &out, const char *keyWithQuotesAndColon, double v) {
    out.append(keyWithQuotesAndColon);
    appendNumber(out, v);
}

void appendResult(QByteArray &out, const costing::CostingResult &r) {
    out.append("{\"sheet\":{");
    appendField(out, "\"lengthMm\":", r.sheet.lengthMm);
    appendField(out, ",\"widthMm\":", r.sheet.widthMm);
    out.append(r.sheet.extraFlap ? ",\"extraFlap\":true}," : ",\"extraFlap\":false},");
    out.append("\"layers\":[");
    for (int i = 0; i < r.layerCount; ++i) {
        const costing::LayerResult &l = r.layers[std::size_t(i)];
        if (i > 0)
            out.append(',');
        if (l.kind == costing::LayerKind::Flute) {
            out.append("{\"kind\":\"flute\",\"flute\":\"");
            out.append(l.flute);
            out.append("\"");
        } else {
            out.append("{\"kind\":\"liner\",\"flute\":null");
        }
        appendField(out, ",\"factor\":", l.factor);
        appendField(out, ",\"rate\":", l.rate);
        out.append(l.rateSource == costing::RateSource::Manual ? ",\"rateSource\":\"manual\""
                                                               : ",\"rateSource\":\"master\"");
        appendField(out, ",\"weightKg\":", l.weightKg);
        appendField(out, ",\"cost\":", l.cost);
        out.append('}');
    }
    out.append(']');
    appendField(out, ",\"weightKg\":", r.weightKg);
    appendField(out, ",\"burstStrength\":", r.burstStrength);
    appendField(out, ",\"boardThicknessMm\":", r.boardThicknessMm);
    appendField(out, ",\"perimeterMm\":", r.perimeterMm);
    appendField(out, ",\"ectKnPerM\":", r.ectKnPerM);
    appendField(out, ",\"bctN\":", r.bctN);
    appendField(out, ",\"bctKgf\":", r.bctKgf);
    const costing::CostBreakdown &c = r.costs;
    appendField(out, ",\"costs\":{\"paper\":", c.paper);
    appendField(out, ",\"printing\":", c.printing);
    appendField(out, ",\"lamination\":", c.lamination);
    appendField(out, ",\"varnish\":", c.varnish);
    appendField(out, ",\"die\":", c.die);
    appendField(out, ",\"punching\":", c.punching);
    appendField(out, ",\"markup\":", c.markup);
    appendField(out, ",\"conversion\":", c.conversion);
    appendField(out, "},\"costPerBox\":", r.costPerBox);
    appendField(out, ",\"ratePerBox\":", r.ratePerBox);
    appendField(out, ",\"totalValue\":", r.totalValue);
    out.append('}');
}

// ---------------------------------------------------------------------------------------------------------

QString bfKey(double bf) {
    return QString::number(bf, 'g', 15);
}

const char *const kPlyKeys[] = {"1", "3", "5", "7", "9"};

QJsonObject plyTableToJson(const costing::PlyTable &table) {
    QJsonObject o;
    for (std::size_t i = 0; i < table.size(); ++i)
        o.insert(QLatin1String(kPlyKeys[i]), table[i]);
    return o;
}

} // namespace

QString CostingJson::joinPath(const QString &prefix, const QString &field) {
    if (prefix.isEmpty())
        return field;
    if (field.isEmpty())
        return prefix;
    if (field.startsWith(QLatin1Char('[')))
        return prefix + field;
    return prefix + QLatin1Char('.') + field;
}

Result<BoxSpec> CostingJson::readSpec(const QJsonObject &json, const QString &path) {
    JsonTree tree;
    JNode root;
    fromQt(json, root, tree);
    TreeReader r(tree, path);
    BoxSpec spec;
    if (!readSpecNode(r, root, Path(), spec, nullptr))
        return r.error();
    return spec;
}

Result<void> CostingJson::mergeMasters(const QJsonObject &json, CostingMasters &masters, const QString &path) {
    JsonTree tree;
    JNode root;
    fromQt(json, root, tree);
    TreeReader r(tree, path);
    CostingMasters merged = masters;
    if (!readMastersNode(r, root, Path(), merged, false))
        return r.error();
    masters = std::move(merged);
    return {};
}

Result<CostingMasters> CostingJson::readMasters(const QJsonObject &json, const QString &path) {
    JsonTree tree;
    JNode root;
    fromQt(json, root, tree);
    TreeReader r(tree, path);
    CostingMasters m;
    if (!readMastersNode(r, root, Path(), m, true))
        return r.error();
    return m;
}

Result<CostingJson::Case> CostingJson::readCase(const QJsonObject &json, const CostingMasters &base,
                                                const QString &path) {
    JsonTree tree;
    JNode root;
    fromQt(json, root, tree);
    TreeReader r(tree, path);
    Case c;
    if (!readCaseNode(r, root, base, c.spec, c.masters, c.hasOwnMasters))
        return r.error();
    return c;
}

Result<QJsonObject> CostingJson::cost(const QJsonObject &json, const CostingMasters &base, const QString &path) {
    auto c = readCase(json, base, path);
    if (!c)
        return c.error();
    const costing::CostingOutcome outcome = costing::computeCosting(c->spec, c->hasOwnMasters ? c->masters : base);
    if (!outcome.ok())
        return engineError(outcome.error, path);
    return resultToJson(outcome.result);
}

Result<QByteArray> CostingJson::costText(const QByteArray &json, const CostingMasters &base) {
    JsonTree tree;
    TextParser parser(json.constData(), json.constData() + json.size(), tree);
    CostingMasters caseMasters;
    costing::CostingResult result;
    costing::CostingError error;
    QByteArray out;
    // Each result is roughly three times the size of its input.
    out.reserve(json.size() * 3 + 64);

    // One element: read, cost and append, or an error whose path starts with `prefix`.
    auto costOne = [&](const JNode &node, const QString &prefix) -> std::optional<Error> {
        if (node.type != JType::Object)
            return Error::invalid(prefix, tr("must be a JSON object with the box fields"));
        TreeReader r(tree, prefix);
        BoxSpec spec;
        bool hasOwn = false;
        const CostingMasters *masters = readCaseNode(r, node, base, spec, caseMasters, hasOwn);
        if (!masters)
            return r.error();
        if (!costing::computeCosting(spec, *masters, result, error))
            return engineError(error, prefix);
        appendResult(out, result);
        return std::nullopt;
    };

    parser.skipSpace();
    if (parser.peek('[')) {
        parser.take('[');
        out.append('[');
        parser.skipSpace();
        if (!parser.take(']')) {
            // Element by element, so the tree only ever holds one case.
            for (long index = 0;; ++index) {
                tree.clear();
                JNode element;
                if (!parser.value(element, 1))
                    return parser.error();
                if (index > 0)
                    out.append(',');
                if (auto failed = costOne(element, QLatin1Char('[') + QString::number(index) + QLatin1Char(']')))
                    return *failed;
                parser.skipSpace();
                if (parser.take(','))
                    continue;
                if (parser.take(']'))
                    break;
                parser.fail(tr("expected ',' or ']'"));
                return parser.error();
            }
        }
        out.append(']');
    } else {
        JNode root;
        if (!parser.value(root, 0))
            return parser.error();
        if (root.type != JType::Object)
            return Error::invalid(QString(), tr("input must be a JSON object or an array of objects"));
        parser.skipSpace();
        if (!parser.atEnd()) {
            parser.fail(tr("unexpected text after the JSON value"));
            return parser.error();
        }
        if (auto failed = costOne(root, QString()))
            return *failed;
    }
    parser.skipSpace();
    if (!parser.atEnd()) {
        parser.fail(tr("unexpected text after the JSON value"));
        return parser.error();
    }
    out.append('\n');
    return out;
}

QByteArray CostingJson::resultToJsonText(const costing::CostingResult &result) {
    QByteArray out;
    out.reserve(1024);
    appendResult(out, result);
    return out;
}

QJsonObject CostingJson::resultToJson(const costing::CostingResult &r) {
    QJsonArray layers;
    for (int i = 0; i < r.layerCount; ++i) {
        const costing::LayerResult &l = r.layers[std::size_t(i)];
        const bool flute = l.kind == costing::LayerKind::Flute;
        layers.append(QJsonObject{
            {QStringLiteral("kind"), flute ? QStringLiteral("flute") : QStringLiteral("liner")},
            {QStringLiteral("flute"), flute ? QJsonValue(QString(QLatin1Char(l.flute))) : QJsonValue()},
            {QStringLiteral("factor"), l.factor},
            {QStringLiteral("rate"), l.rate},
            {QStringLiteral("rateSource"),
             l.rateSource == costing::RateSource::Manual ? QStringLiteral("manual") : QStringLiteral("master")},
            {QStringLiteral("weightKg"), l.weightKg},
            {QStringLiteral("cost"), l.cost},
        });
    }
    const costing::CostBreakdown &c = r.costs;
    return QJsonObject{
        {QStringLiteral("sheet"), QJsonObject{{QStringLiteral("lengthMm"), r.sheet.lengthMm},
                                              {QStringLiteral("widthMm"), r.sheet.widthMm},
                                              {QStringLiteral("extraFlap"), r.sheet.extraFlap}}},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("weightKg"), r.weightKg},
        {QStringLiteral("burstStrength"), r.burstStrength},
        {QStringLiteral("boardThicknessMm"), r.boardThicknessMm},
        {QStringLiteral("perimeterMm"), r.perimeterMm},
        {QStringLiteral("ectKnPerM"), r.ectKnPerM},
        {QStringLiteral("bctN"), r.bctN},
        {QStringLiteral("bctKgf"), r.bctKgf},
        {QStringLiteral("costs"), QJsonObject{{QStringLiteral("paper"), c.paper},
                                              {QStringLiteral("printing"), c.printing},
                                              {QStringLiteral("lamination"), c.lamination},
                                              {QStringLiteral("varnish"), c.varnish},
                                              {QStringLiteral("die"), c.die},
                                              {QStringLiteral("punching"), c.punching},
                                              {QStringLiteral("markup"), c.markup},
                                              {QStringLiteral("conversion"), c.conversion}}},
        {QStringLiteral("costPerBox"), r.costPerBox},
        {QStringLiteral("ratePerBox"), r.ratePerBox},
        {QStringLiteral("totalValue"), r.totalValue},
    };
}

QJsonObject CostingJson::specToJson(const BoxSpec &s) {
    QJsonObject o{
        {QStringLiteral("style"), QLatin1String(costing::styleCode(s.style))},
        {QStringLiteral("unit"), QLatin1String(costing::unitCode(s.unit))},
        {QStringLiteral("measuredOn"), QLatin1String(costing::measuredOnCode(s.measuredOn))},
        {QStringLiteral("length"), s.length},
        {QStringLiteral("width"), s.width},
        {QStringLiteral("height"), s.height},
        {QStringLiteral("ply"), s.ply},
        {QStringLiteral("flutes"), QString::fromStdString(s.flutes)},
        {QStringLiteral("quantity"), double(s.quantity)},
        {QStringLiteral("varnishPerBox"), s.varnishPerBox},
        {QStringLiteral("dieCost"), s.dieCost},
        {QStringLiteral("punchingPerBox"), s.punchingPerBox},
    };
    QJsonArray layers;
    for (int i = 0; i < std::min(s.layerCount, costing::kMaxLayers); ++i) {
        const LayerSpec &l = s.layers[std::size_t(i)];
        QJsonObject layer{{QStringLiteral("gsm"), l.gsm},
                          {QStringLiteral("bf"), l.bf},
                          {QStringLiteral("shade"), QString::fromStdString(l.shade)},
                          {QStringLiteral("rct"), l.rct}};
        if (l.rate)
            layer.insert(QStringLiteral("rate"), *l.rate);
        layers.append(layer);
    }
    o.insert(QStringLiteral("layers"), layers);
    const std::pair<const char *, const std::optional<double> *> overrides[] = {
        {"glueFlapMm", &s.glueFlapMm},           {"deckleMm", &s.deckleMm},
        {"maxLengthMm", &s.maxLengthMm},         {"sheetAllowanceMm", &s.sheetAllowanceMm},
        {"conversionPerKg", &s.conversionPerKg}, {"markupPercent", &s.markupPercent}};
    for (const auto &[name, value] : overrides) {
        if (*value)
            o.insert(QLatin1String(name), **value);
    }
    if (s.printing) {
        o.insert(QStringLiteral("printing"),
                 QJsonObject{{QStringLiteral("costPerPrint"), s.printing->costPerPrint},
                             {QStringLiteral("plateCost"), s.printing->plateCost},
                             {QStringLiteral("moq"), double(s.printing->moq)},
                             {QStringLiteral("colors"), s.printing->colors},
                             {QStringLiteral("type"), QString::fromStdString(s.printing->type)}});
    }
    if (s.lamination) {
        QJsonObject lam{{QStringLiteral("ratePer100SqIn"), s.lamination->ratePer100SqIn}};
        if (s.lamination->lengthIn)
            lam.insert(QStringLiteral("lengthIn"), *s.lamination->lengthIn);
        if (s.lamination->widthIn)
            lam.insert(QStringLiteral("widthIn"), *s.lamination->widthIn);
        o.insert(QStringLiteral("lamination"), lam);
    }
    return o;
}

QJsonObject CostingJson::mastersToJson(const CostingMasters &m) {
    QJsonObject bf;
    for (const costing::BfPrice &p : m.bfPrices)
        bf.insert(bfKey(p.bf), p.price);
    QJsonObject shades;
    for (const costing::ShadePremium &s : m.shadePremiums)
        shades.insert(QString::fromStdString(s.shade), s.premium);
    QJsonObject flutes;
    for (const costing::Flute &f : m.flutes) {
        flutes.insert(QString(QLatin1Char(f.letter)),
                      QJsonObject{{QStringLiteral("factor"), f.factor}, {QStringLiteral("heightMm"), f.heightMm}});
    }
    return QJsonObject{
        {QStringLiteral("bfPrices"), bf},
        {QStringLiteral("shadePremiums"), shades},
        {QStringLiteral("gsmRules"), QJsonObject{{QStringLiteral("lowLimit"), m.gsmRules.lowLimit},
                                                 {QStringLiteral("lowAdj"), m.gsmRules.lowAdj},
                                                 {QStringLiteral("highLimit"), m.gsmRules.highLimit},
                                                 {QStringLiteral("highAdj"), m.gsmRules.highAdj},
                                                 {QStringLiteral("market"), m.gsmRules.market}}},
        {QStringLiteral("flutes"), flutes},
        {QStringLiteral("plyThicknessMm"), plyTableToJson(m.plyThicknessMm)},
        {QStringLiteral("glueFlapMm"), plyTableToJson(m.glueFlapMm)},
        {QStringLiteral("deckleMm"), plyTableToJson(m.deckleMm)},
        {QStringLiteral("extraFlapMm"), plyTableToJson(m.extraFlapMm)},
        {QStringLiteral("maxLengthMm"), m.maxLengthMm},
        {QStringLiteral("sheetAllowanceMm"), m.sheetAllowanceMm},
        {QStringLiteral("conversionPerKg"), m.conversionPerKg},
        {QStringLiteral("markupPercent"), m.markupPercent},
        {QStringLiteral("gstPercent"), m.gstPercent},
        {QStringLiteral("roundOff"), m.roundOff},
    };
}

} // namespace bcp
