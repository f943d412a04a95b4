/* bm-error.h: the error domain shared by the core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BM_ERROR (bm_error_quark ())

typedef enum {
  BM_ERROR_PARSE,     /* malformed JSON or SVG */
  BM_ERROR_INVALID,   /* well-formed but wrong: missing field, wrong type, duplicate id */
  BM_ERROR_UNKNOWN,   /* an id that names nothing we know */
  BM_ERROR_RANGE,     /* a number outside its allowed range */
  BM_ERROR_IO,        /* a file that could not be read or written */
} BmErrorCode;

GQuark bm_error_quark (void);

G_END_DECLS
