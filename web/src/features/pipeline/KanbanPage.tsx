// 商机看板: one pipeline's stages as columns (count, total, weighted amount) with the deals as
// cards. A card dragged onto another column moves at once on screen; if the API refuses, it
// snaps back and the API's reason shows above the board. Dropping on the won or lost column
// asks for the reason first. On a phone the columns scroll sideways and each card's
// "移动到…" menu replaces dragging. The pipeline, owner, team and search stay in the address.
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Grid, Input, Select, Space, Spin, Typography } from "antd";
import { useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useClient, useMutation, useQuery } from "urql";

import { ResponsiveFilters } from "../../components/ResponsiveFilters";
import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { dropAction, firstProblem, withPendingMoves } from "./board";
import { type BoardParams, readBoardParams, writeBoardParams } from "./boardParams";
import { CloseDealModal, type CloseValues } from "./CloseDealModal";
import { KanbanColumn } from "./KanbanColumn";
import { type BoardFilter, KanbanFilters } from "./KanbanFilters";
import { pipelineMessages } from "./messages";
import { type BoardOpportunity, OpportunityCard, type StageOption } from "./OpportunityCard";
import { OpportunityFormModal } from "./OpportunityFormModal";
import { MOVE_STAGE, PIPELINE_BOARD, PIPELINES, REOPEN_OPPORTUNITY } from "./queries";

const CARDS_PER_COLUMN = 50;

interface Closing {
  mode: "win" | "lose" | "reopen";
  card: BoardOpportunity;
  stage?: StageOption;
}

export function KanbanPage() {
  const t = useT(pipelineMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useClient();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const [params, setParams] = useSearchParams();
  const { pipelineId, ownerId, teamId, search } = readBoardParams(params);
  const filter: BoardFilter = useMemo(() => ({ ownerId, teamId }), [ownerId, teamId]);
  const choose = (patch: Partial<BoardParams>) => setParams((current) => writeBoardParams(current, patch), { replace: true });
  const [searchText, setSearchText] = useState(search);
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(new Map());
  const [refusal, setRefusal] = useState<string | null>(null);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [creating, setCreating] = useState(false);
  const dragging = useRef<{ card: BoardOpportunity; from: string } | null>(null);

  const [{ data: settings }] = useQuery({ query: PIPELINES });
  const variables = useMemo(
    () => ({ pipelineId, first: CARDS_PER_COLUMN, filter: { ownerId: filter.ownerId, teamId: filter.teamId, search: search || null } }),
    [pipelineId, filter, search],
  );
  const [{ data, fetching, error }] = useQuery({ query: PIPELINE_BOARD, variables });
  const [, moveStage] = useMutation(MOVE_STAGE);
  const [, reopen] = useMutation(REOPEN_OPPORTUNITY);

  const board = data?.pipeline;
  const columns = useMemo(() => withPendingMoves(board?.columns ?? [], pending), [board, pending]);
  const stages: StageOption[] = (board?.columns ?? []).map((c) => c.stage);
  const mayMove = can("opportunity", "update");
  const mayReopen = can("opportunity", "assign");

  const reload = () => client.query(PIPELINE_BOARD, variables, { requestPolicy: "network-only" }).toPromise();
  const settle = (id: string) =>
    setPending((current) => {
      const next = new Map(current);
      next.delete(id);
      return next;
    });

  /** Moves the card on screen, then asks the API; the API's refusal puts it back. */
  async function move(card: BoardOpportunity, to: StageOption, extra: { wonReasonId?: string | null; lostReasonId?: string | null; note?: string | null } = {}): Promise<string | null> {
    setRefusal(null);
    setPending((current) => new Map(current).set(card.id, to.id));
    const result = await moveStage({ input: { id: card.id, stageId: to.id, ...extra, idempotencyKey: crypto.randomUUID() } });
    const problem = firstProblem(result.data?.moveOpportunityStage, result.error);
    if (problem) {
      settle(card.id);
      setRefusal(t("moveRefused", { message: `${card.name ?? ""}：${problem}` }));
      message.error(t("moveRefused", { message: problem }));
      return problem;
    }
    await reload();
    settle(card.id);
    message.success(t("moved", { stage: to.name }));
    return null;
  }

  function request(card: BoardOpportunity, from: string, to: StageOption) {
    const action = dropAction(from, to);
    if (action === "move") void move(card, to);
    else if (action === "win" || action === "lose") setClosing({ mode: action, card, stage: to });
  }

  async function submitClosing(values: CloseValues): Promise<string | null> {
    if (!closing) return null;
    const { mode, card, stage } = closing;
    if (mode === "reopen") {
      const result = await reopen({ input: { id: card.id, stageId: values.stageId ?? null, idempotencyKey: crypto.randomUUID() } });
      const problem = firstProblem(result.data?.reopenOpportunity, result.error);
      if (!problem) {
        await reload();
        message.success(t("reopened"));
      }
      return problem;
    }
    if (!stage) return null;
    const reason = mode === "win" ? { wonReasonId: values.reasonId ?? null } : { lostReasonId: values.reasonId ?? null };
    return move(card, stage, { ...reason, note: values.note?.trim() || null });
  }

  const pipelines = settings?.pipelines ?? [];
  const columnWidth = isPhone ? "82vw" : undefined;

  return (
    <div data-testid="pipeline-page">
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t("title")}</Typography.Title>
        {can("opportunity", "create") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-opportunity">
            {t("create")}
          </Button>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12, width: "100%" }}>
        <Select
          aria-label={t("pipeline")}
          style={{ width: isPhone ? "100%" : 200 }}
          value={pipelineId ?? board?.pipeline.id}
          onChange={(id: string) => {
            setPending(new Map());
            choose({ pipelineId: id });
          }}
          options={pipelines.map((p) => ({ value: p.id, label: p.name }))}
          data-testid="pipeline-picker"
        />
        <Input.Search
          allowClear
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchPlaceholder")}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(value) => choose({ search: value })}
          style={{ width: isPhone ? "100%" : 260 }}
          data-testid="opportunity-search"
        />
        <ResponsiveFilters isPhone={isPhone}>
          {(vertical) => <KanbanFilters vertical={vertical} value={filter} onChange={choose} />}
        </ResponsiveFilters>
      </Space>
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      {refusal && <Alert type="warning" showIcon closable onClose={() => setRefusal(null)} title={refusal} style={{ marginBottom: 12 }} data-testid="move-refusal" />}
      <Spin spinning={fetching && !data}>
        <div
          data-testid="kanban"
          style={{ display: "flex", gap: 12, overflowX: "auto", paddingBottom: 8, scrollSnapType: isPhone ? "x mandatory" : undefined, alignItems: "flex-start" }}
        >
          {columns.map((column) => (
            <KanbanColumn
              key={column.stage.id}
              column={column}
              width={columnWidth}
              onDropCard={(cardId) => {
                const drag = dragging.current;
                dragging.current = null;
                if (drag && (!cardId || drag.card.id === cardId)) request(drag.card, drag.from, column.stage);
              }}
            >
              {column.opportunities.map((card) => (
                <OpportunityCard
                  key={card.id}
                  card={card}
                  stageId={column.stage.id}
                  stages={stages}
                  isPhone={isPhone}
                  mayMove={mayMove}
                  mayReopen={mayReopen}
                  pending={pending.has(card.id)}
                  onDragStart={(c, from) => (dragging.current = { card: c, from })}
                  onMenuMove={request}
                  onReopen={(c) => setClosing({ mode: "reopen", card: c })}
                />
              ))}
            </KanbanColumn>
          ))}
        </div>
      </Spin>
      {closing && (
        <CloseDealModal
          mode={closing.mode}
          name={closing.card.name ?? ""}
          reasons={(closing.mode === "win" ? settings?.wonReasons : settings?.lostReasons) ?? []}
          openStages={stages.filter((s) => s.kind === "OPEN")}
          onSubmit={submitClosing}
          onClose={() => setClosing(null)}
        />
      )}
      {creating && (
        <OpportunityFormModal
          pipelineId={pipelineId ?? board?.pipeline.id}
          onClose={() => setCreating(false)}
          onSaved={() => {
            message.success(t("created"));
            setCreating(false);
            void reload();
          }}
        />
      )}
    </div>
  );
}
