#pragma once
// What may be attached to a ticket: images (PNG, JPEG, GIF, WebP), PDF, plain text and CSV, and office
// documents (Word, Excel and PowerPoint, old and new, and OpenDocument), at most 10 MB each. The type is
// recognised from the bytes — magic numbers, the parts list inside ZIP-based documents, UTF-8 text without
// control characters — and the file name's extension must agree with it, so a program renamed to .pdf is
// refused and a PDF named .png too.

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bcp {

class AttachmentCheck {
public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

    // The MIME type to store for an acceptable file, or an Invalid error on field "file" saying why not.
    static Result<QString> check(const QString &fileName, const QByteArray &data);

    // The type the content is, judged from the bytes alone: a MIME type, or empty when it is none of the
    // allowed kinds.
    static QString sniff(const QByteArray &data);

    // Extensions (lower case, no dot) a file of `mimeType` may carry.
    static QStringList extensionsFor(const QString &mimeType);
    // "*.png *.jpg …": for file dialogs.
    static QString fileDialogFilter();
};

} // namespace bcp
