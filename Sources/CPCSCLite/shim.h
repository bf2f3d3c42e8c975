// The PC/SC client API of pcsc-lite (libpcsclite-dev). pkg-config adds -I/usr/include/PCSC.
#include <winscard.h>
