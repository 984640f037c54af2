# One INTERFACE target carries the language standard, the warnings and Qt's safety defines.
# Every target of the project links it; nothing is set through global flags.
add_library(advicehub_settings INTERFACE)
add_library(AdviceHub::settings ALIAS advicehub_settings)

target_compile_features(advicehub_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(advicehub_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations
    -Wundef
    $<$<BOOL:${ADVICEHUB_WERROR}>:-Werror>)

target_compile_definitions(advicehub_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ADVICEHUB_VERSION="${PROJECT_VERSION}"
    $<$<BOOL:${ADVICEHUB_ALLOW_CORE_DUMPS}>:ADVICEHUB_ALLOW_CORE_DUMPS>)

if(ADVICEHUB_SANITIZE)
    target_compile_options(advicehub_settings INTERFACE
        -fsanitize=${ADVICEHUB_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(advicehub_settings INTERFACE -fsanitize=${ADVICEHUB_SANITIZE})
endif()

# Hardening that costs nothing measurable.
target_compile_options(advicehub_settings INTERFACE -fstack-protector-strong)
target_compile_definitions(advicehub_settings INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(advicehub_settings INTERFACE -Wl,-z,relro -Wl,-z,now)
