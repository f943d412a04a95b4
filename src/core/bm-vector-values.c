/* bm-vector-values.c: numbers, paints, dash patterns and path data of SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bm-error.h"
#include "bm-vector-private.h"

static const char *
count_digits (const char *c)
{
  while (g_ascii_isdigit (*c))
    c++;
  return c;
}

/* One SVG number at *@s. Numbers may run together: "1.5.5" is 1.5 and .5,
 * "1-2" is 1 and -2. */
static gboolean
parse_number (const char **s,
              double      *value)
{
  const char *start = *s, *c = *s, *digits, *end;
  char buffer[64];
  gsize n_digits;
  char *tail;

  if (*c == '+' || *c == '-')
    c++;
  digits = c;
  c = count_digits (c);
  n_digits = (gsize) (c - digits);
  if (*c == '.')
    {
      const char *fraction = c + 1;

      c = count_digits (fraction);
      n_digits += (gsize) (c - fraction);
    }
  if (n_digits == 0)
    return FALSE;
  if (*c == 'e' || *c == 'E')
    {
      const char *e = c + 1;

      if (*e == '+' || *e == '-')
        e++;
      if (g_ascii_isdigit (*e))
        c = count_digits (e);
    }
  end = c;
  if ((gsize) (end - start) >= sizeof buffer)
    return FALSE;
  memcpy (buffer, start, (gsize) (end - start));
  buffer[end - start] = '\0';
  *value = g_ascii_strtod (buffer, &tail);
  if (*tail != '\0' || !isfinite (*value))
    return FALSE;
  *s = end;
  return TRUE;
}

static void
skip_spaces (const char **s)
{
  while (g_ascii_isspace (**s))
    (*s)++;
}

/* Spaces, at most one comma, spaces. */
static void
skip_separators (const char **s)
{
  skip_spaces (s);
  if (**s == ',')
    (*s)++;
  skip_spaces (s);
}

/* A plain number, or one in px. */
gboolean
bm_vector_parse_length (const char *text,
                        double     *value)
{
  const char *s = text;

  skip_spaces (&s);
  if (!parse_number (&s, value))
    return FALSE;
  if (g_str_has_prefix (s, "px"))
    s += 2;
  skip_spaces (&s);
  return *s == '\0';
}

/* A number from 0 to 1: an opacity. */
gboolean
bm_vector_parse_unit (const char *text,
                      double     *value)
{
  return bm_vector_parse_length (text, value) && *value >= 0 && *value <= 1;
}

/* "none", #rgb or #rrggbb; alpha is 0 for none, else 1. */
gboolean
bm_vector_parse_paint (const char    *text,
                       BmVectorPaint *paint)
{
  gsize n = strlen (text);
  int d[6];

  if (g_str_equal (text, "none"))
    {
      *paint = (BmVectorPaint) { 0, 0, 0, 0 };
      return TRUE;
    }
  if (text[0] != '#' || (n != 4 && n != 7))
    return FALSE;
  for (gsize i = 1; i < n; i++)
    {
      if (!g_ascii_isxdigit (text[i]))
        return FALSE;
      d[i - 1] = g_ascii_xdigit_value (text[i]);
    }
  if (n == 4)
    *paint = (BmVectorPaint) { d[0] * 17 / 255.0, d[1] * 17 / 255.0, d[2] * 17 / 255.0, 1 };
  else
    *paint = (BmVectorPaint) { (d[0] * 16 + d[1]) / 255.0, (d[2] * 16 + d[3]) / 255.0,
                               (d[4] * 16 + d[5]) / 255.0, 1 };
  return TRUE;
}

/* "none", or two lengths: on and off. */
gboolean
bm_vector_parse_dash (const char *text,
                      double      dash[2])
{
  const char *s = text;

  if (g_str_equal (text, "none"))
    {
      dash[0] = dash[1] = 0;
      return TRUE;
    }
  skip_spaces (&s);
  if (!parse_number (&s, &dash[0]))
    return FALSE;
  skip_separators (&s);
  if (!parse_number (&s, &dash[1]))
    return FALSE;
  skip_spaces (&s);
  return *s == '\0' && dash[0] >= 0 && dash[1] >= 0 && dash[0] + dash[1] > 0;
}

static void
add_op (GByteArray *ops,
        GArray     *coords,
        guint8      op,
        int         n,
        double     *xy)
{
  g_byte_array_append (ops, &op, 1);
  g_array_append_vals (coords, xy, (guint) n);
}

void
bm_vector_rect_path (double      x,
                     double      y,
                     double      width,
                     double      height,
                     GByteArray *ops,
                     GArray     *coords)
{
  double corners[][2] = { { x, y }, { x + width, y }, { x + width, y + height }, { x, y + height } };

  add_op (ops, coords, BM_VECTOR_OP_MOVE, 2, corners[0]);
  for (guint i = 1; i < 4; i++)
    add_op (ops, coords, BM_VECTOR_OP_LINE, 2, corners[i]);
  add_op (ops, coords, BM_VECTOR_OP_CLOSE, 0, NULL);
}

typedef struct {
  double x, y;             /* the current point */
  double start_x, start_y; /* the subpath's start */
  gboolean open;           /* a moveto was seen */
} PathState;

/* Reads one command's arguments (@n numbers) at *@s and adds its operation. */
static gboolean
path_command (char         command,
              const char **s,
              PathState   *st,
              GByteArray  *ops,
              GArray      *coords)
{
  gboolean relative = g_ascii_islower (command);
  char upper = g_ascii_toupper (command);
  int n = upper == 'C' ? 6 : upper == 'H' || upper == 'V' ? 1 : 2;
  double v[6], xy[6];

  for (int i = 0; i < n; i++)
    {
      if (i > 0)
        skip_separators (s);
      if (!parse_number (s, &v[i]))
        return FALSE;
    }
  if (upper == 'H')
    v[1] = relative ? 0 : st->y;
  else if (upper == 'V')
    v[1] = v[0], v[0] = relative ? 0 : st->x;
  for (int i = 0; i < MAX (n, 2); i += 2)
    {
      xy[i] = v[i] + (relative ? st->x : 0);
      xy[i + 1] = v[i + 1] + (relative ? st->y : 0);
    }
  if (upper == 'M')
    {
      add_op (ops, coords, BM_VECTOR_OP_MOVE, 2, xy);
      st->start_x = xy[0], st->start_y = xy[1];
      st->open = TRUE;
    }
  else
    add_op (ops, coords, upper == 'C' ? BM_VECTOR_OP_CURVE : BM_VECTOR_OP_LINE, upper == 'C' ? 6 : 2, xy);
  st->x = xy[upper == 'C' ? 4 : 0];
  st->y = xy[upper == 'C' ? 5 : 1];
  return TRUE;
}

/* SVG path data with M, L, H, V, C and Z, absolute or relative. */
gboolean
bm_vector_parse_path (const char  *text,
                      GByteArray  *ops,
                      GArray      *coords,
                      GError     **error)
{
  const char *s = text;
  PathState st = { 0 };
  char command = 0;

  skip_spaces (&s);
  while (*s != '\0')
    {
      if (g_ascii_isalpha (*s))
        {
          command = *s++;
          if (strchr ("MmLlHhVvCcZz", command) == NULL)
            {
              g_set_error (error, BM_ERROR, BM_ERROR_PARSE,
                           "path command “%c” is not supported (only M, L, H, V, C and Z)", command);
              return FALSE;
            }
          if (command != 'M' && command != 'm' && !st.open)
            {
              g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "path data must start with M");
              return FALSE;
            }
          skip_spaces (&s);
          if (command == 'Z' || command == 'z')
            {
              add_op (ops, coords, BM_VECTOR_OP_CLOSE, 0, NULL);
              st.x = st.start_x, st.y = st.start_y;
              continue;
            }
        }
      else if (command == 0 || command == 'Z' || command == 'z')
        {
          g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "path data has a number where a command belongs");
          return FALSE;
        }
      if (!path_command (command, &s, &st, ops, coords))
        {
          g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "path command “%c” has a missing or bad number", command);
          return FALSE;
        }
      /* Numbers after a moveto are linetos. */
      if (command == 'M')
        command = 'L';
      else if (command == 'm')
        command = 'l';
      skip_separators (&s);
    }
  return TRUE;
}
