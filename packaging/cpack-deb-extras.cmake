# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on the staged files, just before it makes the package:
# the files only the Debian package carries, and Debian's stripping of the binary.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    return()
endif()
set(_root "${CPACK_TEMPORARY_INSTALL_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")

# file(COPY), not file(INSTALL): CPack's DESTDIR is still set, and file(INSTALL) would add it again.
file(COPY "${CPACK_RAPPORT_CHANGELOG_GZ}" DESTINATION "${_root}/share/doc/rapport"
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
file(MAKE_DIRECTORY "${_root}/share/lintian/overrides")
file(COPY_FILE "${CPACK_RAPPORT_SOURCE_DIR}/lintian-overrides" "${_root}/share/lintian/overrides/rapport")

# CPACK_STRIP_FILES has stripped the binary; drop the sections dh_strip drops too.
if(CPACK_RAPPORT_STRIP)
    execute_process(COMMAND "${CPACK_RAPPORT_STRIP}" --remove-section=.comment --remove-section=.note
                            "${_root}/bin/rapport"
                    RESULT_VARIABLE _result)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR "could not strip ${_root}/bin/rapport")
    endif()
endif()
