#include "attachments/AttachmentViewer.h"

#include "attachments/AttachmentService.h"
#include "attachments/AttachmentTypes.h"
#include "attachments/PlainTextExtractor.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfLink>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfSelection>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace advicehub::ui {

using attachments::Attachment;
using attachments::AttachmentService;

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.05;

QString typeLabel(const Attachment& attachment)
{
    const QString suffix = QFileInfo(attachment.fileName).suffix();
    if (!attachment.mediaType.isEmpty())
        return attachment.mediaType;
    return suffix.isEmpty() ? AttachmentViewer::tr("unknown") : suffix;
}

bool isImageType(const QString& mediaType)
{
    const QByteArray type = mediaType.section(QLatin1Char(';'), 0, 0).trimmed().toLatin1();
    // Only the formats Qt reads; an SVG would fetch nothing here but is a document, not a raster.
    return type.startsWith("image/") && type != "image/svg+xml" && QImageReader::supportedMimeTypes().contains(type);
}

bool isPdfType(const QString& mediaType)
{
    return mediaType.section(QLatin1Char(';'), 0, 0).trimmed() == QLatin1String("application/pdf");
}

// Overwrites and drops bytes that held the attachment.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never write through a shared copy someone else still reads
    if (!bytes.isEmpty())
        std::memset(bytes.data(), 0, static_cast<size_t>(bytes.size()));
    bytes.clear();
    bytes.squeeze();
}

} // namespace

class AttachmentViewer::Impl {
public:
    explicit Impl(AttachmentViewer& owner, AttachmentService& attachments, qint64 id)
        : q(owner), service(&attachments), attachmentId(id)
    { }

    AttachmentViewer& q;
    QPointer<AttachmentService> service;
    qint64 attachmentId = 0;
    Attachment attachment;
    Mode mode = Mode::Error;

    QByteArray bytes;
    QBuffer* buffer = nullptr;

    QVBoxLayout* layout = nullptr;
    QToolBar* toolBar = nullptr;
    QLabel* statusLabel = nullptr;
    QPushButton* saveButton = nullptr;

    // PDF
    QPdfDocument* document = nullptr;
    QPdfView* pdfView = nullptr;
    QPdfSearchModel* search = nullptr;
    QSpinBox* pageBox = nullptr;
    QLabel* pageCountLabel = nullptr;
    QLineEdit* findEdit = nullptr;
    QLabel* messageLabel = nullptr;
    int currentMatch = -1;
    QString searched;
    bool findPending = false;
    int searchTicks = 0;
    QTimer searchPoll;
    bool fitWidth = true;
    bool fitPage = false;
    qreal zoom = 1.0;
    bool askingPassword = false;

    // Image
    QImage image;
    QLabel* imageLabel = nullptr;
    QScrollArea* imageArea = nullptr;
    int rotation = 0;
    qreal imageZoom = 1.0;
    bool imageFit = true;

    QPlainTextEdit* textView = nullptr;

    QAction* addAction(const char* name, const QString& text, const QList<QKeySequence>& shortcuts)
    {
        auto* action = new QAction(text, &q);
        action->setObjectName(QLatin1String(name));
        // Distinct keys only: the same key twice on one action makes the shortcut ambiguous
        // (QKeySequence::ZoomIn is Ctrl++ on some platforms and nothing on others).
        QList<QKeySequence> keys;
        for (const QKeySequence& key : shortcuts) {
            if (!key.isEmpty() && !keys.contains(key))
                keys << key;
        }
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        q.addAction(action);
        return action;
    }

    void showMessage(const QString& text, const char* name)
    {
        auto* label = new QLabel(text, &q);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumSize(360, 160);
        layout->insertWidget(layout->count() - 1, label, 1);
        messageLabel = label;
    }

    void showError(const QString& text)
    {
        mode = Mode::Error;
        showMessage(text, "viewerErrorLabel");
    }

    void showOther(const QString& why = QString())
    {
        mode = Mode::Other;
        QString text = why.isEmpty()
            ? AttachmentViewer::tr("Advice Hub cannot show files of type %1.").arg(typeLabel(attachment))
            : why;
        text += QLatin1Char('\n')
            + AttachmentViewer::tr(
                "Save a Copy\u2026 to open it with another program \u2014 the copy is outside the vault.");
        showMessage(text, "explanationLabel");
    }

    void load()
    {
        const Result<Attachment> found = service->get(attachmentId);
        if (!found) {
            q.setWindowTitle(AttachmentViewer::tr("Attachment"));
            showError(found.error().message);
            return;
        }
        attachment = found.value();
        q.setWindowTitle(attachment.fileName); // the stored name: a base name, never a path
        saveButton->setEnabled(true);

        const bool pdf = isPdfType(attachment.mediaType);
        const bool isImage = isImageType(attachment.mediaType);
        const bool text = attachments::PlainTextExtractor().handles(attachment.mediaType);
        if (!pdf && !isImage && !text) {
            showOther();
            return;
        }
        if (attachment.size > kMaxViewBytes) {
            showOther(AttachmentViewer::tr("%1 is too large to show here (%2; Advice Hub shows files up to %3).")
                          .arg(attachment.fileName, attachments::AttachmentText::size(attachment.size),
                              attachments::AttachmentText::size(kMaxViewBytes)));
            return;
        }
        // The whole file, each chunk's hash and the file's SHA-256 checked: a damaged attachment
        // gives an error and nothing of its content.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<QByteArray> read = service->readAll(attachmentId, kMaxViewBytes);
        QApplication::restoreOverrideCursor();
        if (!read) {
            showError(read.error().message);
            return;
        }
        bytes = std::move(read.value());
        buffer = new QBuffer(&bytes, &q);
        buffer->open(QIODevice::ReadOnly);
        if (pdf)
            showPdf();
        else if (isImage)
            showImage();
        else
            showText();
    }

    // --- PDF

    void showPdf()
    {
        mode = Mode::Pdf;
        document = new QPdfDocument(&q);
        document->setObjectName(QStringLiteral("pdfDocument"));
        pdfView = new QPdfView(&q);
        pdfView->setObjectName(QStringLiteral("pdfView"));
        pdfView->setPageMode(QPdfView::PageMode::SinglePage);
        pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        pdfView->setZoomFactor(1.0);
        pdfView->setMinimumSize(480, 360);
        pdfView->installEventFilter(&q);
        pdfView->viewport()->installEventFilter(&q);
        layout->insertWidget(layout->count() - 1, pdfView, 1);
        search = new QPdfSearchModel(&q);
        search->setObjectName(QStringLiteral("pdfSearchModel"));

        auto* first = addAction("firstPageAction", AttachmentViewer::tr("First Page"), { QKeySequence(Qt::Key_Home) });
        auto* previous
            = addAction("previousPageAction", AttachmentViewer::tr("Previous Page"), { QKeySequence(Qt::Key_PageUp) });
        auto* next = addAction("nextPageAction", AttachmentViewer::tr("Next Page"), { QKeySequence(Qt::Key_PageDown) });
        auto* last = addAction("lastPageAction", AttachmentViewer::tr("Last Page"), { QKeySequence(Qt::Key_End) });
        pageBox = new QSpinBox(&q);
        pageBox->setObjectName(QStringLiteral("pageSpinBox"));
        pageBox->setAccessibleName(AttachmentViewer::tr("Page"));
        pageBox->setRange(1, 1);
        pageBox->setKeyboardTracking(false);
        pageCountLabel = new QLabel(&q);
        pageCountLabel->setObjectName(QStringLiteral("pageCountLabel"));
        auto* zoomIn = addAction("zoomInAction", AttachmentViewer::tr("Zoom In"),
            { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence::ZoomIn });
        auto* zoomOut = addAction("zoomOutAction", AttachmentViewer::tr("Zoom Out"),
            { QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut });
        auto* fitWidthAction
            = addAction("fitWidthAction", AttachmentViewer::tr("Fit Width"), { QKeySequence(Qt::CTRL | Qt::Key_0) });
        auto* fitPageAction = addAction("fitPageAction", AttachmentViewer::tr("Fit Page"), {});
        auto* find = addAction("findAction", AttachmentViewer::tr("Find"), { QKeySequence::Find });
        auto* findNext = addAction("findNextAction", AttachmentViewer::tr("Find Next"), { QKeySequence(Qt::Key_F3) });
        auto* copy = addAction("copyAction", AttachmentViewer::tr("Copy"), { QKeySequence::Copy });
        findEdit = new QLineEdit(&q);
        findEdit->setObjectName(QStringLiteral("findEdit"));
        findEdit->setPlaceholderText(AttachmentViewer::tr("Find in the document"));
        findEdit->setClearButtonEnabled(true);
        findEdit->setMaximumWidth(240);

        toolBar->addAction(first);
        toolBar->addAction(previous);
        toolBar->addWidget(pageBox);
        toolBar->addWidget(pageCountLabel);
        toolBar->addAction(next);
        toolBar->addAction(last);
        toolBar->addSeparator();
        toolBar->addAction(zoomOut);
        toolBar->addAction(zoomIn);
        toolBar->addAction(fitWidthAction);
        toolBar->addAction(fitPageAction);
        toolBar->addSeparator();
        toolBar->addWidget(findEdit);
        toolBar->addAction(findNext);
        toolBar->addAction(copy);
        toolBar->setVisible(true);

        QObject::connect(first, &QAction::triggered, &q, [this] { goToPage(0); });
        QObject::connect(previous, &QAction::triggered, &q, [this] { goToPage(currentPage() - 1); });
        QObject::connect(next, &QAction::triggered, &q, [this] { goToPage(currentPage() + 1); });
        QObject::connect(last, &QAction::triggered, &q, [this] { goToPage(document->pageCount() - 1); });
        QObject::connect(
            pageBox, qOverload<int>(&QSpinBox::valueChanged), &q, [this](int value) { goToPage(value - 1); });
        QObject::connect(pdfView->pageNavigator(), &QPdfPageNavigator::currentPageChanged, &q, [this](int page) {
            const QSignalBlocker blocker(pageBox);
            pageBox->setValue(page + 1);
            applyZoom();
        });
        QObject::connect(zoomIn, &QAction::triggered, &q, [this] { setZoom(effectiveZoom() * kZoomStep); });
        QObject::connect(zoomOut, &QAction::triggered, &q, [this] { setZoom(effectiveZoom() / kZoomStep); });
        QObject::connect(fitWidthAction, &QAction::triggered, &q, [this] {
            fitWidth = true;
            fitPage = false;
            applyZoom();
        });
        QObject::connect(fitPageAction, &QAction::triggered, &q, [this] {
            fitWidth = false;
            fitPage = true;
            applyZoom();
        });
        QObject::connect(find, &QAction::triggered, &q, [this] {
            findEdit->setFocus(Qt::ShortcutFocusReason);
            findEdit->selectAll();
        });
        QObject::connect(findEdit, &QLineEdit::returnPressed, &q, [this] { findNextMatch(); });
        QObject::connect(findNext, &QAction::triggered, &q, [this] { findNextMatch(); });
        searchPoll.setInterval(50);
        QObject::connect(&searchPoll, &QTimer::timeout, &q, [this] { pollSearch(); });
        QObject::connect(copy, &QAction::triggered, &q, [this] { copyMatch(); });

        QObject::connect(document, &QPdfDocument::statusChanged, &q, [this](QPdfDocument::Status status) {
            if (status == QPdfDocument::Status::Ready)
                pdfReady();
            else if (status == QPdfDocument::Status::Error)
                pdfFailed();
        });
        loadPdf();
    }

    void loadPdf()
    {
        buffer->seek(0);
        document->load(buffer);
    }

    void pdfReady()
    {
        // The password opened the document; it is not kept (pdfium no longer needs it).
        if (!document->password().isEmpty())
            document->setPassword(QString());
        if (pdfView->document() != document)
            pdfView->setDocument(document);
        search->setDocument(document);
        const int pages = document->pageCount();
        pageBox->setRange(1, std::max(1, pages));
        pageCountLabel->setText(AttachmentViewer::tr("of %1").arg(pages));
        setStatus(AttachmentViewer::tr("%n page(s)", nullptr, pages));
        QTimer::singleShot(0, &q, [this] { applyZoom(); });
        applyZoom();
    }

    void pdfFailed()
    {
        const QPdfDocument::Error error = document->error();
        if (error == QPdfDocument::Error::IncorrectPassword) {
            askPassword(!document->password().isEmpty());
            return;
        }
        QString why;
        if (error == QPdfDocument::Error::UnsupportedSecurityScheme)
            why = AttachmentViewer::tr("%1 is protected in a way Advice Hub cannot open.").arg(attachment.fileName);
        else
            why = AttachmentViewer::tr("%1 is damaged or is not a valid PDF: it cannot be shown.")
                      .arg(attachment.fileName);
        closePdf();
        toolBar->setVisible(false);
        showOther(why);
    }

    void askPassword(bool wrong)
    {
        if (askingPassword)
            return;
        askingPassword = true;
        auto* dialog = new QInputDialog(&q);
        dialog->setObjectName(QStringLiteral("pdfPasswordDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(AttachmentViewer::tr("Password"));
        dialog->setLabelText(wrong
                ? AttachmentViewer::tr("The password was not correct. Password of %1:").arg(attachment.fileName)
                : AttachmentViewer::tr("%1 is protected by a password. Password:").arg(attachment.fileName));
        dialog->setTextEchoMode(QLineEdit::Password);
        dialog->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        dialog->setWindowModality(Qt::WindowModal);
        QObject::connect(dialog, &QInputDialog::finished, &q, [this, dialog](int result) {
            askingPassword = false;
            QString password = dialog->textValue();
            dialog->setTextValue(QString());
            if (result != QDialog::Accepted) {
                closePdf();
                toolBar->setVisible(false);
                showOther(AttachmentViewer::tr("%1 is protected by a password.").arg(attachment.fileName));
                return;
            }
            // Held by the document only while it is open (never stored, never in the vault).
            document->setPassword(password);
            password.fill(QLatin1Char(' '));
            loadPdf();
        });
        dialog->open();
    }

    int currentPage() const { return pdfView ? pdfView->pageNavigator()->currentPage() : 0; }

    void goToPage(int page)
    {
        if (!document || document->status() != QPdfDocument::Status::Ready)
            return;
        page = std::clamp(page, 0, std::max(0, document->pageCount() - 1));
        if (page != currentPage())
            pdfView->pageNavigator()->jump(page, QPointF(), 0);
        const QSignalBlocker blocker(pageBox);
        pageBox->setValue(page + 1);
    }

    // Pixels per point at zoom 1, as QPdfView renders (its logical DPI and the device ratio).
    qreal pixelsPerPoint() const
    {
        return pdfView->logicalDpiX() / 72.0 * std::max<qreal>(1.0, pdfView->devicePixelRatioF());
    }

    // The largest zoom at which the current page's image stays under kMaxPagePixels.
    qreal maxZoom() const
    {
        const QSizeF points = document->pagePointSize(currentPage());
        const qreal ppp = pixelsPerPoint();
        const qreal area = points.width() * ppp * points.height() * ppp;
        if (area <= 0)
            return 8.0;
        return std::min<qreal>(8.0, std::sqrt(static_cast<qreal>(kMaxPagePixels) / area));
    }

    qreal effectiveZoom() const { return pdfView ? pdfView->zoomFactor() : 1.0; }

    void setZoom(qreal factor)
    {
        fitWidth = false;
        fitPage = false;
        zoom = factor;
        applyZoom();
    }

    // The view always renders at a zoom factor this computes (fit width/page included), so that a
    // page's image never exceeds kMaxPagePixels however large the page claims to be.
    void applyZoom()
    {
        if (!document || document->status() != QPdfDocument::Status::Ready || document->pageCount() == 0)
            return;
        const QSizeF points = document->pagePointSize(currentPage());
        const qreal ppp = pdfView->logicalDpiX() / 72.0;
        qreal factor = zoom;
        const QSize room = pdfView->viewport()->size() - QSize(12, 12);
        if ((fitWidth || fitPage) && points.width() > 0 && points.height() > 0) {
            factor = room.width() / (points.width() * ppp);
            if (fitPage)
                factor = std::min(factor, room.height() / (points.height() * ppp));
        }
        factor = std::clamp(factor, std::min(kMinZoom, maxZoom()), maxZoom());
        if (!fitWidth && !fitPage)
            zoom = factor;
        if (!qFuzzyCompare(factor, pdfView->zoomFactor()))
            pdfView->setZoomFactor(factor);
    }

    void findNextMatch()
    {
        if (!document || document->status() != QPdfDocument::Status::Ready)
            return;
        const QString wanted = findEdit->text();
        if (wanted.trimmed().isEmpty()) {
            findEdit->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        if (searched != wanted) {
            searched = wanted;
            currentMatch = -1;
            search->setSearchString(wanted);
        }
        if (search->rowCount(QModelIndex()) == 0) {
            // Qt 6.4's model searches page by page from a timer and says nothing when it is done:
            // the first match is shown when it comes; "Not found" once every page had its turn.
            findPending = true;
            searchTicks = 0;
            setStatus(AttachmentViewer::tr("Searching\u2026"));
            searchPoll.start();
            return;
        }
        showMatch(currentMatch + 1);
    }

    void pollSearch()
    {
        if (!findPending || !document) {
            searchPoll.stop();
            return;
        }
        if (search->rowCount(QModelIndex()) > 0) {
            searchPoll.stop();
            findPending = false;
            showMatch(0);
        } else if (++searchTicks > document->pageCount() + 20) {
            searchPoll.stop();
            findPending = false;
            setStatus(AttachmentViewer::tr("Not found."));
        }
    }

    void showMatch(int match)
    {
        const int count = search->rowCount(QModelIndex());
        if (count == 0)
            return;
        currentMatch = match % count;
        const QModelIndex index = search->index(currentMatch);
        const int page = index.data(int(QPdfSearchModel::Role::Page)).toInt();
        goToPage(page);
        setStatus(AttachmentViewer::tr("Match %1 of %2 (page %3).").arg(currentMatch + 1).arg(count).arg(page + 1));
    }

    void copyMatch()
    {
        if (!document || currentMatch < 0 || currentMatch >= search->rowCount(QModelIndex())) {
            setStatus(AttachmentViewer::tr("Find text first (Ctrl+F): the match found is copied."));
            return;
        }
        // The document's own text where the match is (its case, its accents): the text between the
        // match's first and last box. (Qt 6.4's IndexOnPage is the match's rank on its page, not a
        // character index.)
        const QPdfLink link = search->resultAtIndex(currentMatch);
        QString text;
        const QList<QRectF> boxes = link.rectangles();
        if (!boxes.isEmpty()) {
            const QRectF first = boxes.constFirst();
            const QRectF last = boxes.constLast();
            text = document
                       ->getSelection(link.page(), QPointF(first.left() + 0.1, first.center().y()),
                           QPointF(last.right() - 0.1, last.center().y()))
                       .text()
                       .trimmed();
        }
        if (text.compare(findEdit->text(), Qt::CaseInsensitive) != 0)
            text = findEdit->text();
        if (text.isEmpty())
            return;
        // The application's clipboard (security/Clipboard) conceals it at once and clears it after
        // its delay and at the lock.
        QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
        setStatus(AttachmentViewer::tr("Copied (cleared from the clipboard after a short while)."));
    }

    void closePdf()
    {
        searchPoll.stop();
        findPending = false;
        if (search) {
            search->setSearchString(QString());
            search->setDocument(nullptr);
        }
        if (pdfView) {
            pdfView->setDocument(nullptr);
            pdfView->hide();
        }
        if (document)
            document->close();
    }

    // --- Image

    void showImage()
    {
        QImageReader reader(buffer);
        reader.setDecideFormatFromContent(true);
        reader.setAllocationLimit(kImageAllocationLimitMiB);
        reader.setAutoTransform(true);
        const QSize size = reader.size(); // from the header, before anything is decoded
        if (!size.isValid() || size.isEmpty()) {
            showOther(
                AttachmentViewer::tr("%1 is damaged or is not an image Advice Hub can read.").arg(attachment.fileName));
            return;
        }
        if (qint64(size.width()) * size.height() > kMaxImagePixels) {
            showError(AttachmentViewer::tr("%1 claims to be %2 × %3 pixels: too large to show (Advice Hub shows "
                                           "images up to %4 megapixels). Save a Copy… to open it with another program.")
                          .arg(attachment.fileName)
                          .arg(size.width())
                          .arg(size.height())
                          .arg(kMaxImagePixels / 1000000));
            return;
        }
        if (!reader.read(&image)) {
            showOther(AttachmentViewer::tr("%1 could not be read as an image: %2")
                          .arg(attachment.fileName, reader.errorString()));
            return;
        }
        mode = Mode::Image;
        imageLabel = new QLabel(&q);
        imageLabel->setObjectName(QStringLiteral("imageLabel"));
        imageLabel->setAlignment(Qt::AlignCenter);
        imageArea = new QScrollArea(&q);
        imageArea->setObjectName(QStringLiteral("imageArea"));
        imageArea->setAlignment(Qt::AlignCenter);
        imageArea->setWidget(imageLabel);
        imageArea->setWidgetResizable(false);
        imageArea->setMinimumSize(480, 360);
        imageArea->viewport()->installEventFilter(&q);
        layout->insertWidget(layout->count() - 1, imageArea, 1);

        auto* zoomIn = addAction("zoomInAction", AttachmentViewer::tr("Zoom In"),
            { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence::ZoomIn });
        auto* zoomOut = addAction("zoomOutAction", AttachmentViewer::tr("Zoom Out"),
            { QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut });
        auto* fit = addAction("fitAction", AttachmentViewer::tr("Fit"), { QKeySequence(Qt::CTRL | Qt::Key_0) });
        auto* actual = addAction("actualSizeAction", AttachmentViewer::tr("Actual Size"), {});
        auto* left = addAction("rotateLeftAction", AttachmentViewer::tr("Rotate Left"),
            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) });
        auto* right = addAction(
            "rotateRightAction", AttachmentViewer::tr("Rotate Right"), { QKeySequence(Qt::CTRL | Qt::Key_R) });
        for (QAction* action : { zoomOut, zoomIn, fit, actual })
            toolBar->addAction(action);
        toolBar->addSeparator();
        toolBar->addAction(left);
        toolBar->addAction(right);
        toolBar->setVisible(true);
        QObject::connect(zoomIn, &QAction::triggered, &q, [this] { setImageZoom(imageZoom * kZoomStep); });
        QObject::connect(zoomOut, &QAction::triggered, &q, [this] { setImageZoom(imageZoom / kZoomStep); });
        QObject::connect(fit, &QAction::triggered, &q, [this] {
            imageFit = true;
            renderImage();
        });
        QObject::connect(actual, &QAction::triggered, &q, [this] { setImageZoom(1.0); });
        QObject::connect(left, &QAction::triggered, &q, [this] {
            rotation = (rotation + 270) % 360;
            renderImage();
        });
        QObject::connect(right, &QAction::triggered, &q, [this] {
            rotation = (rotation + 90) % 360;
            renderImage();
        });
        setStatus(AttachmentViewer::tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
        QTimer::singleShot(0, &q, [this] { renderImage(); });
        renderImage();
    }

    QSize rotatedSize() const { return rotation % 180 == 0 ? image.size() : image.size().transposed(); }

    void setImageZoom(qreal factor)
    {
        imageFit = false;
        imageZoom = factor;
        renderImage();
    }

    // The shown pixmap is at most kMaxPagePixels too, whatever the zoom.
    void renderImage()
    {
        if (mode != Mode::Image || image.isNull())
            return;
        const QSize full = rotatedSize();
        const qreal maxFactor = std::min<qreal>(
            16.0, std::sqrt(static_cast<qreal>(kMaxPagePixels) / (qreal(full.width()) * full.height())));
        if (imageFit) {
            const QSize room = imageArea->viewport()->size() - QSize(4, 4);
            imageZoom = std::min({ 1.0, room.width() / qreal(full.width()), room.height() / qreal(full.height()) });
        }
        imageZoom = std::clamp(imageZoom, std::min(0.01, maxFactor), maxFactor);
        QTransform transform;
        transform.rotate(rotation);
        const QImage rotated = rotation == 0 ? image : image.transformed(transform);
        const QSize target(
            std::max(1, qRound(full.width() * imageZoom)), std::max(1, qRound(full.height() * imageZoom)));
        imageLabel->setPixmap(QPixmap::fromImage(rotated.scaled(
            target, Qt::IgnoreAspectRatio, imageZoom < 1 ? Qt::SmoothTransformation : Qt::FastTransformation)));
        imageLabel->resize(target);
        imageLabel->setProperty("zoom", imageZoom);
        imageLabel->setProperty("rotation", rotation);
    }

    // --- Text

    void showText()
    {
        const attachments::ExtractedText decoded
            = attachments::PlainTextExtractor().extract(bytes, attachment.mediaType);
        if (decoded.outcome == attachments::ExtractionOutcome::Failed) {
            showOther(decoded.reason.isEmpty()
                    ? AttachmentViewer::tr("%1 cannot be shown as text.").arg(attachment.fileName)
                    : AttachmentViewer::tr("%1 cannot be shown as text: %2").arg(attachment.fileName, decoded.reason));
            return;
        }
        mode = Mode::Text;
        textView = new QPlainTextEdit(&q);
        textView->setObjectName(QStringLiteral("textView"));
        textView->setReadOnly(true);
        textView->setUndoRedoEnabled(false);
        textView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        textView->setMinimumSize(480, 360);
        textView->setPlainText(decoded.text);
        layout->insertWidget(layout->count() - 1, textView, 1);
        if (decoded.text.size() >= attachments::kMaxTextChars)
            setStatus(AttachmentViewer::tr(
                "Only the beginning of the file is shown (%n character(s)).", nullptr, int(decoded.text.size())));
    }

    void setStatus(const QString& text) { statusLabel->setText(text); }

    // Closing: nothing of the attachment stays in memory longer than the window.
    void release()
    {
        closePdf();
        if (textView)
            textView->clear();
        if (imageLabel)
            imageLabel->clear();
        image = QImage();
        if (buffer)
            buffer->close();
        wipe(bytes);
        if (buffer)
            buffer->setData(QByteArray());
        if (findEdit)
            findEdit->clear();
    }
};

AttachmentViewer::AttachmentViewer(AttachmentService& service, qint64 attachmentId, QWidget* parent)
    : QDialog(parent), d(std::make_unique<Impl>(*this, service, attachmentId))
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setModal(false);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setSizeGripEnabled(true);

    d->layout = new QVBoxLayout(this);
    d->toolBar = new QToolBar(this);
    d->toolBar->setObjectName(QStringLiteral("viewerToolBar"));
    d->toolBar->setVisible(false);
    d->layout->addWidget(d->toolBar);

    auto* bottom = new QHBoxLayout;
    d->statusLabel = new QLabel(this);
    d->statusLabel->setObjectName(QStringLiteral("viewerStatusLabel"));
    d->statusLabel->setTextFormat(Qt::PlainText);
    bottom->addWidget(d->statusLabel, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    d->saveButton = buttons->addButton(tr("Save a &Copy\u2026"), QDialogButtonBox::ActionRole);
    d->saveButton->setObjectName(QStringLiteral("saveCopyButton"));
    d->saveButton->setAutoDefault(false);
    d->saveButton->setEnabled(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    bottom->addWidget(buttons);
    d->layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->saveButton, &QPushButton::clicked, this, [this] {
        if (d->service)
            saveCopy(this, *d->service, d->attachment);
    });
    // Belt and braces: should the session go before this window, it closes at once.
    connect(&service, &QObject::destroyed, this, [this] { reject(); });

    d->load();
    resize(900, 700);
}

AttachmentViewer::~AttachmentViewer()
{
    d->release();
}

AttachmentViewer::Mode AttachmentViewer::mode() const
{
    return d->mode;
}

void AttachmentViewer::done(int result)
{
    d->release();
    QDialog::done(result);
}

bool AttachmentViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (d->pdfView && watched == d->pdfView->viewport() && (d->fitWidth || d->fitPage))
            QTimer::singleShot(0, this, [this] { d->applyZoom(); });
        else if (d->imageArea && watched == d->imageArea->viewport() && d->imageFit)
            QTimer::singleShot(0, this, [this] { d->renderImage(); });
    }
    return QDialog::eventFilter(watched, event);
}

bool AttachmentViewer::saveCopy(QWidget* parent, AttachmentService& service, const Attachment& attachment)
{
    if (attachment.id <= 0 || attachment.fileName.isEmpty())
        return false;
    const QString suggested = QDir::home().filePath(attachment.fileName);
    const QString suffix = QFileInfo(attachment.fileName).suffix();
    const QString filter = suffix.isEmpty()
        ? tr("All files (*)")
        : tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix) + QStringLiteral(";;") + tr("All files (*)");
    QPointer<AttachmentService> guarded(&service);
    const qint64 id = attachment.id;
    FileDialogs::saveFile(parent, tr("Save a Copy"), suggested, filter, suffix,
        [parent, guarded, id](const QString& path, const QString&) {
            if (!guarded)
                return;
            // The chooser asked before replacing an existing file.
            const Status written = guarded->exportTo(id, path, QFileInfo::exists(path));
            if (!written) {
                MessageBox::warning(parent, tr("Save a Copy"), written.error().message);
                return;
            }
            MessageBox::information(parent, tr("Save a Copy"),
                tr("A copy was saved to %1. It is outside the vault: it is not encrypted, and deleting the "
                   "attachment does not delete it.")
                    .arg(QDir::toNativeSeparators(path)));
        });
    return true;
}

} // namespace advicehub::ui
