# -DSMSOTP_SANITIZE=ON builds every target with AddressSanitizer and UndefinedBehaviorSanitizer
# (scripts/test --sanitize does so in build-sanitize/). Any report fails the test that hit it.
option(SMSOTP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SMSOTP_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
