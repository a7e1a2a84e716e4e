#!/usr/bin/env bash
# Creates the Meetings table (hash key meetingId; GSI StatusIndex: hash status, range date,
# projection ALL; on-demand) on a DynamoDB API, e.g. the moto of scripts/with-moto.sh:
#
#   scripts/with-moto.sh scripts/create-meetings-table.sh Meetings
#
# Usage: create-meetings-table.sh [TABLE] (default Meetings). Endpoint: MEETY_DYNAMODB_ENDPOINT,
# else AWS CLI defaults. An existing table is left as it is. Needs the AWS CLI.
set -euo pipefail
table="${1:-Meetings}"
endpoint=()
if [ -n "${MEETY_DYNAMODB_ENDPOINT:-}" ]; then endpoint=(--endpoint-url "$MEETY_DYNAMODB_ENDPOINT"); fi

if aws dynamodb describe-table "${endpoint[@]}" --table-name "$table" >/dev/null 2>&1; then
    echo "table $table exists"
    exit 0
fi
aws dynamodb create-table "${endpoint[@]}" \
    --table-name "$table" \
    --billing-mode PAY_PER_REQUEST \
    --attribute-definitions AttributeName=meetingId,AttributeType=S AttributeName=status,AttributeType=S \
        AttributeName=date,AttributeType=S \
    --key-schema AttributeName=meetingId,KeyType=HASH \
    --global-secondary-indexes \
        'IndexName=StatusIndex,KeySchema=[{AttributeName=status,KeyType=HASH},{AttributeName=date,KeyType=RANGE}],Projection={ProjectionType=ALL}' \
    >/dev/null
aws dynamodb wait table-exists "${endpoint[@]}" --table-name "$table"
echo "created table $table with index StatusIndex"
