#include "printing/PrintPreviewDialog.h"

#include "printing/PrintController.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace advicehub::ui {

PrintPreviewDialog::PrintPreviewDialog(PrintController& controller, std::vector<printing::PrintDocument> copies,
    const documents::PageSetup& setup, QWidget* parent)
    : QDialog(parent),
      m_controller(controller),
      m_copies(std::move(copies)),
      m_renderer(std::make_unique<documents::PrintRenderer>(m_copies)),
      m_setup(setup)
{
    setObjectName(QStringLiteral("printPreviewDialog"));
    const QString document = m_copies.empty() ? QString() : printing::PrintText::label(m_copies.front().kind);
    setWindowTitle(tr("Print Preview \u2014 %1").arg(document));

    // The widget owns its printer (a screen-resolution QPrinter that only records the pages).
    m_preview = new QPrintPreviewWidget(this);
    m_preview->setObjectName(QStringLiteral("printPreviewWidget"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &PrintPreviewDialog::paintPages);

    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("printPreviewToolBar"));
    m_pageSize = new QComboBox(toolBar);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->setToolTip(tr("Paper size"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_setup.size == QPageSize::Letter ? 1 : 0);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
        [this] { setPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt())); });
    toolBar->addWidget(m_pageSize);
    toolBar->addSeparator();
    const auto add = [this, toolBar](const char* name, const QString& text, const QKeySequence& key, auto slot) {
        QAction* action = toolBar->addAction(text);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, m_preview, slot);
        return action;
    };
    add("zoomInAction", tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_preview->zoomIn(); });
    add("zoomOutAction", tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_preview->zoomOut(); });
    add("fitWidthAction", tr("Fit &Width"), {}, [this] { m_preview->fitToWidth(); });
    add("fitPageAction", tr("Fit &Page"), {}, [this] { m_preview->fitInView(); });
    toolBar->addSeparator();
    add("previousPageAction", tr("Pre&vious Page"), QKeySequence(Qt::Key_PageUp),
        [this] { m_preview->setCurrentPage(m_preview->currentPage() - 1); });
    add("nextPageAction", tr("&Next Page"), QKeySequence(Qt::Key_PageDown),
        [this] { m_preview->setCurrentPage(m_preview->currentPage() + 1); });
    m_pages = new QLabel(toolBar);
    m_pages->setObjectName(QStringLiteral("pageCountLabel"));
    toolBar->addWidget(m_pages);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
        [this] { m_pages->setText(tr("Page %1 of %2").arg(m_preview->currentPage()).arg(m_preview->pageCount())); });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    QPushButton* save = buttons->addButton(tr("&Save as PDF\u2026"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePdfButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] { m_controller.printCopies(m_copies, m_setup, this); });
    connect(save, &QPushButton::clicked, this, [this] { m_controller.savePdfCopies(m_copies, m_setup, this); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(820, 900);
    m_preview->updatePreview();
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

int PrintPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void PrintPreviewDialog::setPageSize(QPageSize::PageSizeId size)
{
    if (size == m_setup.size)
        return;
    m_setup.size = size;
    m_controller.setPageSize(size);
    const int index = m_pageSize->findData(int(size));
    if (index >= 0 && index != m_pageSize->currentIndex())
        m_pageSize->setCurrentIndex(index);
    m_preview->updatePreview();
}

void PrintPreviewDialog::paintPages(QPrinter* printer)
{
    // The renderer sets the page size from the setup (the printer's own would not survive).
    Result<int> painted = m_renderer->paint(*printer, m_setup);
    m_error->setVisible(!painted);
    if (!painted)
        m_error->setText(tr("The preview could not be drawn: %1").arg(painted.error().message));
}

} // namespace advicehub::ui
