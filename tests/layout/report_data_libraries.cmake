# Reports the walk of tests/layout/CMakeLists.txt: the data libraries of app/ link no Qt module
# but Core, Sql and Network. Run by ctest (layout_data_libraries).
if(NOT PROOF MATCHES "Qt6::Widgets")
    message(FATAL_ERROR "the link walk did not find Qt6::Widgets in bt_widgets_controls (found: ${PROOF}); "
                        "it cannot be trusted")
endif()
if(VIOLATIONS)
    string(REPLACE "|" "\n  " VIOLATIONS "${VIOLATIONS}")
    message(FATAL_ERROR "data libraries that link more than Qt Core, Sql and Network:\n  ${VIOLATIONS}")
endif()
message("data libraries link Qt Core, Sql and Network only: ${LIBRARIES}")
