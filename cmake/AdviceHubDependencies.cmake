# Every dependency comes from a Debian 12 package (see scripts/packages.txt); nothing is
# downloaded at configure or build time.
find_package(PkgConfig REQUIRED)

# SQLCipher 3.4.1 on Debian 12; 4.x on Ubuntu 24.04 and later Debian. The vault format is the
# same on both (see core/vault/VaultFile.cpp).
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
# Argon2id key derivation, secure memory.
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
# SHA-256 of attachments (attachments/Sha256.cpp): OpenSSL's libcrypto, which SQLCipher links too.
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto>=1.1)

# Passphrase strength estimation (zxcvbn-c; dictionary compiled in). Header and library only.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY NAMES zxcvbn REQUIRED)
add_library(advicehub_zxcvbn INTERFACE)
target_include_directories(advicehub_zxcvbn SYSTEM INTERFACE ${ZXCVBN_INCLUDE_DIR})
target_link_libraries(advicehub_zxcvbn INTERFACE ${ZXCVBN_LIBRARY})

# Qt Gui without widgets: advicehub_documents (documents/), which the CLI links too.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui)
if(ADVICEHUB_BUILD_GUI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Widgets PrintSupport Concurrent Pdf PdfWidgets)
endif()
if(ADVICEHUB_BUILD_TESTS)
    find_package(Catch2 2.13 REQUIRED)
    if(ADVICEHUB_BUILD_GUI)
        find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
    endif()
endif()
find_package(CLI11 2.1 REQUIRED)

# libcsv (Debian's libcsv-dev): RFC 4180 parsing for CSV imports, a small maintained C library
# instead of a hand-written parser. Header and static library only (no pkg-config file).
find_path(LIBCSV_INCLUDE_DIR csv.h REQUIRED)
find_library(LIBCSV_LIBRARY NAMES libcsv.a csv REQUIRED)
add_library(advicehub_libcsv INTERFACE)
target_include_directories(advicehub_libcsv SYSTEM INTERFACE ${LIBCSV_INCLUDE_DIR})
target_link_libraries(advicehub_libcsv INTERFACE ${LIBCSV_LIBRARY})

# Drafts (core/drafts): libxml2's HTML parser for the sanitiser (maintained, fuzzed upstream and
# patched by Debian's security team), and libdtl (header only) for the word diff of versions.
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
find_path(DTL_INCLUDE_DIR dtl/dtl.hpp REQUIRED)
add_library(advicehub_dtl INTERFACE)
target_include_directories(advicehub_dtl SYSTEM INTERFACE ${DTL_INCLUDE_DIR})
# Attachments (core/attachments): the media type of a file from its content, by libmagic
# (Debian's libmagic-dev; its database, libmagic-mgc, is read at run time).
pkg_check_modules(LIBMAGIC REQUIRED IMPORTED_TARGET libmagic)
# Spell checking in the draft editor (ui/drafts): hunspell and Debian's dictionaries
# (hunspell-en-gb, hunspell-fr, hunspell-es in /usr/share/hunspell).
if(ADVICEHUB_BUILD_GUI)
    pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
endif()
# Attachments (core/attachments): the text of ODT and DOCX files is read from memory with libzip
# (Debian's libzip-dev; see core/attachments/OfficeTextExtractor.cpp for why not Qt's private
# QZipReader), and the text layer of PDFs with poppler's Qt 6 binding (libpoppler-qt6-dev, in
# advicehub_documents: it links Qt Gui).
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
