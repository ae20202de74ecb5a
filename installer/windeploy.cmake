# Windows: copy Qt's DLLs, the SQLite and PostgreSQL SQL drivers and libpq next to the executables.
find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
if(WINDEPLOYQT)
    install(CODE "
        execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-compiler-runtime --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                        \"\${CMAKE_INSTALL_PREFIX}/bin/boxcostpro.exe\")
    ")
endif()
find_file(LIBPQ_DLL libpq.dll HINTS "$ENV{VCPKG_ROOT}/installed/x64-windows/bin" "$ENV{PostgreSQL_ROOT}/bin")
if(LIBPQ_DLL)
    install(FILES ${LIBPQ_DLL} DESTINATION bin)
endif()
