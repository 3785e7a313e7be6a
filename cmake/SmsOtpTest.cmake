# smsotp_add_test(TestFoo DIR folder [LIBS lib...] [GUI] [LABELS l...])
# Builds tests/<folder>/TestFoo.cpp into an executable and registers it with ctest.
# GUI tests run on the offscreen platform unless the caller chose another.
function(smsotp_add_test name)
    cmake_parse_arguments(ARG "GUI" "DIR" "LIBS;LABELS;SOURCES" ${ARGN})
    add_executable(${name} ${ARG_DIR}/${name}.cpp ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test smsotp_testsupport ${ARG_LIBS})
    # Tests that check the documentation against the code read it from the source tree.
    target_compile_definitions(${name} PRIVATE SMSOTP_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set(env "SMSOTP_TEST_BUILD_DIR=${CMAKE_BINARY_DIR}")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${ARG_LABELS}")
endfunction()
