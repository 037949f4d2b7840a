#pragma once

// EnvelopeParser::parseHttpError for one provider. Each fuzz_envelope_<provider>.cpp defines
// QUEUELENS_FUZZ_PROVIDER and includes this file, so every provider's parser gets its own
// corpus, coverage and figures while the harness exists once.
//
// Input: "<status> [submit|poll|result|cancel|list]", header lines, empty line, body.

#include "fuzzsupport.h"

#include "apierror.h"
#include "builtinproviders.h"
#include "envelopeparser.h"

#ifndef QUEUELENS_FUZZ_PROVIDER
#error "define QUEUELENS_FUZZ_PROVIDER before including envelopefuzz.h"
#endif

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    Fuzz::ensureCoreApplication(argc, argv);
    registerBuiltinProvidersOnce();   // classification goes through the providers' catalogs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Fuzz::HttpLike message = Fuzz::splitHttpLike(input);
    const QByteArrayList words = message.firstLine.split(' ');
    const int status = Fuzz::statusFrom(words.value(0));
    const ApiPhase phase = ApiError::phaseFromId(QString::fromLatin1(words.value(1))).value_or(ApiPhase::Poll);

    const QString provider = QStringLiteral(QUEUELENS_FUZZ_PROVIDER);
    const ApiError error = EnvelopeParser::parseHttpError(provider, phase, status, message.body,
                                                          message.lowerCaseHeaders(), Fuzz::fixedNow());

    // What the rest of QueueLens relies on, whatever the body was.
    Fuzz::check(error.provider == provider, "the error names the provider it was parsed for");
    Fuzz::check(error.httpStatus == status, "the HTTP status is kept");
    Fuzz::check(error.rawBody.size() <= ApiError::RawBodyCap, "the raw body is capped");
    Fuzz::check(!error.retryAfterSeconds || *error.retryAfterSeconds >= 0, "Retry-After is never negative");
    // The store keeps errors as JSON; exercise that path too.
    (void)ApiError::fromJson(error.toJson());
    return 0;
}
