#!/usr/bin/env bash
# check-completion.sh BODYMAP COMPLETION-SCRIPT
#
# Sources the bash completion and completes a few command lines as bash
# would, with the bodymap just built; fails when an answer is wrong.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
exe=$1
# shellcheck source=../data/bodymap.bash-completion
source "$2" || exit 1
failed=0

# complete LINE EXPECTED...: the candidates for the end of LINE must be EXPECTED
complete_line()
{
    local line=$1; shift
    COMP_LINE=$line
    COMP_POINT=${#line}
    read -ra COMP_WORDS <<< "$line"
    [[ $line == *' ' ]] && COMP_WORDS+=("")
    COMP_WORDS[0]=$exe
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMPREPLY=()
    _bodymap bodymap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    if [[ "${COMPREPLY[*]}" != "$*" ]]; then
        echo "not ok: [$line] completed to [${COMPREPLY[*]}], expected [$*]"
        failed=1
    else
        echo "ok: [$line] -> [$*]"
    fi
}

complete_line 'bodymap --mus' --muscle= --muscles=
complete_line 'bodymap --list-r' --list-regions
complete_line 'bodymap --rank --pain=buttock-upper-l' buttock-upper-left
complete_line 'bodymap --rank --numb=hip-lateral-left:4,buttock-lower-r' 4,buttock-lower-right
complete_line 'bodymap --muscle=gluteus-m' gluteus-maximus gluteus-medius gluteus-minimus
complete_line 'bodymap --export-sheet=a.pdf --muscles=piriformis,gluteus-mi' piriformis,gluteus-minimus
complete_line 'bodymap --muscle piri' piriformis
complete_line 'bodymap --view=ba' back
complete_line 'bodymap --muscle=no-such-muscle'
complete_line 'bodymap --journal-' --journal-add --journal-list --journal-export= --journal-import=
complete_line 'bodymap --journal-add --pain=sacr' sacrum
complete_line 'bodymap --report=out.pdf --pap' --paper=
complete_line 'bodymap --report=out.pdf --paper=l' letter
# The journal's files are completed as files.
tmp=$(mktemp -d) || exit 1
touch "$tmp/journal.csv"
complete_line "bodymap --journal-import=$tmp/journal.c" "$tmp/journal.csv"
complete_line "bodymap --journal-export $tmp/journal.c" "$tmp/journal.csv"
rm -rf "$tmp"

# Every id of --list-regions is offered after --pain=.
n_regions=$("$exe" --list-regions | wc -l)
complete_line_count()
{
    COMP_LINE='bodymap --pain='; COMP_POINT=${#COMP_LINE}
    COMP_WORDS=("$exe" --pain "="); COMP_CWORD=2; COMPREPLY=()
    _bodymap
    echo "${#COMPREPLY[@]}"
}
n_offered=$(complete_line_count)
if [[ $n_regions -lt 100 || $n_offered != "$n_regions" ]]; then
    echo "not ok: --pain= offers $n_offered ids, --list-regions prints $n_regions"
    failed=1
fi
exit $failed
