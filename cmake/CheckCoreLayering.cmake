# Fails when a file under SOURCE_DIR (core/) includes a Qt GUI, Widgets or PrintSupport header.
include(${CMAKE_CURRENT_LIST_DIR}/LayeringScan.cmake)
set(forbidden "#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtPrintSupport|QWidget|QApplication|QGuiApplication|QMessageBox|QDialog|QMainWindow|QPainter|QImage|QPixmap|QIcon|QColor|QFont|QPrinter|QTextDocument|QClipboard)[/>\".]")
advicehub_layering_scan("." "${forbidden}" "core/ must not depend on Qt Gui or Widgets")
