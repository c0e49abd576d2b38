# md4c 0.4.8 and yaml-cpp 0.7.0 are compiled from source so that the native
# build and the wasm build use the very same code. Sources come from, in order:
#   1. FOLIO_MD4C_SOURCE_DIR / FOLIO_YAMLCPP_SOURCE_DIR: an extracted source dir
#      (for example the upstream release tarball of the same version);
#   2. a tarball in FOLIO_DEPS_DIR (default: .deps, filled by scripts/setup.sh
#      from Debian's source packages), checked against its pinned sha256.

set(FOLIO_DEPS_DIR "${PROJECT_SOURCE_DIR}/.deps" CACHE PATH "Folder with the pinned source tarballs")
set(FOLIO_MD4C_SOURCE_DIR "" CACHE PATH "Extracted md4c 0.4.8 sources (optional)")
set(FOLIO_YAMLCPP_SOURCE_DIR "" CACHE PATH "Extracted yaml-cpp 0.7.0 sources (optional)")

# Extracts a pinned tarball once into the build tree and returns the single
# top-level folder it contains.
function(folio_extract_pinned out_var name tarball sha256)
  set(archive "${FOLIO_DEPS_DIR}/${tarball}")
  if(NOT EXISTS "${archive}")
    message(FATAL_ERROR "${name}: ${archive} is missing. Run scripts/setup.sh, "
                        "or pass -DFOLIO_${name}_SOURCE_DIR=<extracted sources>.")
  endif()
  file(SHA256 "${archive}" actual)
  if(NOT actual STREQUAL sha256)
    message(FATAL_ERROR "${name}: ${archive} has sha256 ${actual}, expected ${sha256}.")
  endif()
  set(dest "${PROJECT_BINARY_DIR}/_deps/${name}")
  if(NOT EXISTS "${dest}/.extracted-${sha256}")
    file(REMOVE_RECURSE "${dest}")
    file(ARCHIVE_EXTRACT INPUT "${archive}" DESTINATION "${dest}")
    file(TOUCH "${dest}/.extracted-${sha256}")
  endif()
  file(GLOB top LIST_DIRECTORIES true "${dest}/*")
  list(FILTER top EXCLUDE REGEX "/\\.extracted-")
  set(${out_var} "${top}" PARENT_SCOPE)
endfunction()

if(FOLIO_MD4C_SOURCE_DIR)
  set(md4c_dir "${FOLIO_MD4C_SOURCE_DIR}")
else()
  folio_extract_pinned(md4c_dir MD4C md4c_0.4.8.orig.tar.gz
    4a457df853425b6bb6e3457aa1d1a13bccec587a04c38c622b1013a0da41439f)
endif()
if(FOLIO_YAMLCPP_SOURCE_DIR)
  set(yamlcpp_dir "${FOLIO_YAMLCPP_SOURCE_DIR}")
else()
  folio_extract_pinned(yamlcpp_dir YAMLCPP yaml-cpp_0.7.0+dfsg.orig.tar.xz
    dc63708605404e0b963e0ca3a9619d1c8270eda2839603e6fa0384e5e51e5312)
endif()

file(STRINGS "${md4c_dir}/CMakeLists.txt" md4c_version REGEX "MD_VERSION_(MAJOR|MINOR|RELEASE) [0-9]+")
if(NOT md4c_version MATCHES "MAJOR 0.*MINOR 4.*RELEASE 8")
  message(FATAL_ERROR "md4c at ${md4c_dir} is not version 0.4.8")
endif()
file(STRINGS "${yamlcpp_dir}/CMakeLists.txt" yamlcpp_version REGEX "project\\(YAML_CPP VERSION")
if(NOT yamlcpp_version MATCHES "VERSION 0\\.7\\.0")
  message(FATAL_ERROR "yaml-cpp at ${yamlcpp_dir} is not version 0.7.0")
endif()

# Third-party code builds without folio's warnings-as-errors, and with paths
# mapped so that assert() strings do not embed the checkout folder.
# Only md4c's parser: folio renders the HTML itself (wasm/parse/markdown_renderer.h)
# and keeps character references as written, so md4c-html.c and the entity
# table it decodes them with (entity.c, 18 KB of the gzipped wasm) are left out.
add_library(folio_md4c STATIC "${md4c_dir}/src/md4c.c")
target_include_directories(folio_md4c SYSTEM PUBLIC "${md4c_dir}/src")

file(GLOB yamlcpp_sources "${yamlcpp_dir}/src/*.cpp" "${yamlcpp_dir}/src/contrib/*.cpp")
add_library(folio_yamlcpp STATIC ${yamlcpp_sources})
target_include_directories(folio_yamlcpp SYSTEM PUBLIC "${yamlcpp_dir}/include")
target_compile_options(folio_yamlcpp PRIVATE -w)
target_compile_features(folio_yamlcpp PUBLIC cxx_std_11)
