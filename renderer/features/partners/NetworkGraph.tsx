import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { download } from '../../components/download';
import { Select } from '../../components/Select';
import { todayIso } from '../meetings/schedule';
import type { drawNetwork, GraphLayout, NetworkGraphHandle } from './network-graph';
import { viewSignature, type GraphView } from './network-view';
import { NetworkLegend } from './NetworkLegend';

export interface NetworkGraphProps {
  view: GraphView;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

type Drawing = 'loading' | 'ready' | 'failed';
type DrawNetwork = typeof drawNetwork;

const ZOOM_STEP = 1.25;

/**
 * The picture of the network, for those who read it at a glance. It is hidden from assistive
 * technology: the list that follows it says the same in words and is where the work is done.
 * Cytoscape is loaded on first use; where it cannot draw (no canvas), the list is all there is.
 */
export function NetworkGraph({ view, selectedId, onSelect }: NetworkGraphProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<NetworkGraphHandle | null>(null);
  const [drawing, setDrawing] = useState<Drawing>('loading');
  const [layout, setLayout] = useState<GraphLayout>('cose');
  const [exportError, setExportError] = useState(false);
  const signature = viewSignature(view);

  // Read the latest props whenever they run: the first drawing (once cytoscape has loaded) and
  // the graph's own taps.
  const onGraphSelect = useEffectEvent((id: string | null) => onSelect(id));
  const drawFirst = useEffectEvent((drawNetwork: DrawNetwork, element: HTMLElement) => {
    const handle = drawNetwork(element, {
      view,
      layout,
      onSelect: (id) => onGraphSelect(id),
    });
    handle.select(selectedId);
    return handle;
  });
  const showView = useEffectEvent(() => graph.current?.show(view));

  useEffect(() => {
    let cancelled = false;
    import('./network-graph')
      .then(({ drawNetwork }) => {
        const element = container.current;
        if (cancelled || !element) return;
        graph.current = drawFirst(drawNetwork, element);
        setDrawing('ready');
      })
      .catch((error: unknown) => {
        console.warn('[roundtable] The network graph could not be drawn', error);
        if (!cancelled) setDrawing('failed');
      });
    return () => {
      cancelled = true;
      graph.current?.destroy();
      graph.current = null;
    };
  }, []);

  // Redrawn (and laid out again) only when what is shown changed, not at every render.
  const drawn = useRef(signature);
  useEffect(() => {
    if (drawing !== 'ready' || drawn.current === signature) return;
    drawn.current = signature;
    showView();
  }, [drawing, signature]);

  useEffect(() => {
    if (drawing === 'ready') graph.current?.select(selectedId);
  }, [drawing, selectedId]);

  const ready = drawing === 'ready';
  const fileName = (extension: string) =>
    `${t('network.graph.fileName')}-${todayIso()}.${extension}`;

  const exportAs = async (format: 'png' | 'svg') => {
    const handle = graph.current;
    if (!handle) return;
    setExportError(false);
    try {
      if (format === 'png') download(fileName('png'), await handle.png(), 'image/png');
      else download(fileName('svg'), handle.svg(), 'image/svg+xml;charset=utf-8');
    } catch (error) {
      console.warn('[roundtable] The network could not be exported', error);
      setExportError(true);
    }
  };

  return (
    <section className="network-graph" aria-labelledby="network-graph-title">
      <h3 id="network-graph-title" className="network__heading">
        {t('network.graph.title')}
      </h3>
      <div className="toolbar network-graph__tools">
        <Button isDisabled={!ready} onPress={() => graph.current?.zoomBy(ZOOM_STEP)}>
          <span aria-hidden="true">+ </span>
          {t('network.graph.zoomIn')}
        </Button>
        <Button isDisabled={!ready} onPress={() => graph.current?.zoomBy(1 / ZOOM_STEP)}>
          <span aria-hidden="true">− </span>
          {t('network.graph.zoomOut')}
        </Button>
        <Button isDisabled={!ready} onPress={() => graph.current?.fit()}>
          {t('network.graph.fit')}
        </Button>
        <Select<GraphLayout>
          label={t('network.graph.layout')}
          value={layout}
          isDisabled={!ready}
          onChange={(next) => {
            setLayout(next);
            graph.current?.arrange(next);
          }}
          options={[
            { id: 'cose', label: t('network.graph.layoutCose') },
            { id: 'concentric', label: t('network.graph.layoutConcentric') },
          ]}
        />
        <Button isDisabled={!ready} onPress={() => void exportAs('png')}>
          {t('network.graph.exportPng')}
        </Button>
        <Button isDisabled={!ready} onPress={() => void exportAs('svg')}>
          {t('network.graph.exportSvg')}
        </Button>
      </div>
      {exportError && (
        <p className="notice notice--error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('network.graph.exportFailed')}
        </p>
      )}
      <figure className="network-graph__figure">
        <div
          ref={container}
          className="network-graph__canvas"
          aria-hidden="true"
          data-drawing={drawing}
        />
        {drawing === 'loading' && <p className="network-graph__status">{t('common.loading')}</p>}
        {drawing === 'failed' && (
          <p className="network-graph__status">{t('network.graph.unavailable')}</p>
        )}
        <figcaption className="network-graph__caption">
          <p>{t('network.graph.caption')}</p>
          <NetworkLegend />
        </figcaption>
      </figure>
    </section>
  );
}
