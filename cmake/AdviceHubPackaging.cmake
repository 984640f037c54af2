# The Debian package, advicehub_<version>_amd64.deb, made by `cpack` in a build tree:
# scripts/package from the release preset, the test suite ("package: ..." tests) from the ci
# preset's tree, which it has built already.
#
# Why CPack's DEB generator and not a debian/ directory built with dpkg-buildpackage: the package
# is made from the build tree the tests have just built (a fourth full build would add about
# 4 minutes to the test command), its version is the project's VERSION with no debian/changelog
# to keep in step, and the install rules that `cmake --install` uses are the only list of what
# is shipped. What debhelper would add is done here or in dist/: dependencies from
# dpkg-shlibdeps, stripped binaries, compressed man pages and changelog, md5sums, root-owned
# files with standard modes; lintian checks the result. What this gives up: no source package
# and no -dbgsym package (the debug information is not shipped).

# Directories the installation creates get 0755 whatever the builder's umask (Advice Hub's own
# programs set 077 for their files; a builder might too).
set(advicehub_directory_permissions
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${advicehub_directory_permissions})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME advicehub)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Advice Hub contributors")
set(CPACK_PACKAGE_CONTACT "${ADVICEHUB_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "confidential case management for the CTI Secretariat")
set(CPACK_PACKAGE_DESCRIPTION
    "Advice Hub keeps the confidential technical queries that governments send to\n"
    "the Secretariat of the Convention against Torture Initiative (CTI), with their\n"
    "referrals, responses and timelines, in one encrypted vault file (SQLCipher,\n"
    "key derived with Argon2id). Nothing is sent anywhere.\n"
    "This package holds the desktop application, advicehub, and the command-line\n"
    "tool advicehub-cli, with the menu entry, icons, the vault file type, AppStream\n"
    "metadata, man pages and bash completion.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Only what the component "advicehub" installs: the two programs and dist/ (never a test binary).
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};AdviceHub;advicehub;/")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_THREADS 0)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # advicehub_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ADVICEHUB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SVG icons need Qt's SVG plugin, and
# libmagic its database (libmagic-mgc; without it every attachment's type is unknown).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libmagic-mgc")
# Wayland sessions, the desktop's theme and file dialogs, Qt's own translations; the spelling
# dictionaries of the draft editor's three languages and the translated State names of letters
# (iso-codes), both read at run time (without them: a notice, the English name).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-qpa-plugins, qt6-translations-l10n, hunspell-en-gb, hunspell-fr, hunspell-es, iso-codes")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
