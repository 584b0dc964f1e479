/*
 * A stand-in for Windows' bcryptprimitives.dll, for running AccountDesk's
 * command line under Wine 8 in tests only. Go 1.22 and later import
 * ProcessPrng from it to seed crypto/rand; Wine 8 does not have the DLL.
 * It is built into the test's Wine prefix (system32), never shipped.
 */
#include <windows.h>

/* advapi32's RtlGenRandom, exported as SystemFunction036. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
