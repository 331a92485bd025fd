/** The client dashboard's performance pages. */
export const performancePtBR = {
  title: "Performance",
  description: "Notas do Lighthouse e Core Web Vitals do seu site ao longo do tempo.",
  cadence: "Checagem {cadence} no plano {plan}.",
  customChecks: "Você também pode pedir checagens personalizadas à agência.",
  urlLabel: "Página medida",
  rangeLabel: "Período do histórico",
  range: "{days} dias",
  ratings: { good: "bom", needsImprovement: "precisa melhorar", poor: "ruim" },
  empty: {
    title: "Nenhuma medição ainda",
    body: "Assim que a agência cadastrar o endereço do seu site, a checagem {cadence} começa e os resultados aparecem aqui.",
  },
  latest: {
    title: "Última medição",
    measured: "{url} · medido {when} ({date})",
    scoresHeading: "Notas do Lighthouse de 0 a 100",
    bandsNote: "Faixas do Google: 0–49 ruim, 50–89 precisa melhorar, 90–100 bom.",
  },
  vitals: {
    lcp: { name: "Maior renderização de conteúdo (LCP)", hint: "Quando o maior elemento visível aparece." },
    inp: {
      name: "Interação até a próxima pintura (INP)",
      hint: "Quanto a página demora para reagir a um toque ou clique.",
    },
    cls: { name: "Mudança de layout cumulativa (CLS)", hint: "Quanto o conteúdo pula enquanto a página carrega." },
    fcp: { name: "Primeira renderização de conteúdo (FCP)", hint: "Quando o primeiro texto ou imagem aparece." },
    ttfb: { name: "Tempo até o primeiro byte (TTFB)", hint: "Quanto o servidor demora para começar a responder." },
  },
  lab: {
    title: "Core Web Vitals em laboratório",
    description: "Mediana das medições do Lighthouse de cada dia, nas faixas do Google.",
    series: "Lighthouse (mediana do dia)",
    latest: "Última medição: {value}",
    thresholds: "Bom até {good} · ruim acima de {poor}",
    bandGood: "Bom (até {value})",
    bandNeedsImprovement: "Precisa melhorar",
    bandPoor: "Ruim (acima de {value})",
    noData: "Sem medições desta métrica no período.",
    inpNotMeasured:
      "O Lighthouse não mede o INP: ele depende de interações de pessoas de verdade. Veja o INP nos dados de usuários reais.",
  },
  scores: {
    title: "Notas ao longo do tempo",
    description: "Mediana das notas de cada dia, de 0 a 100.",
  },
  field: {
    title: "Dados de usuários reais (p75)",
    description:
      "Medidos pelo Chrome nas visitas reais ao seu site (Chrome UX Report). O p75 é o valor que 75% das visitas alcançaram ou superaram: é o número que o Google usa na busca.",
    series: "Usuários reais (p75)",
    measured: "Dados mais recentes: {date}",
    latest: "p75 mais recente: {value}",
    empty:
      "Ainda não há dados de usuários reais desta página. O Chrome só publica esses dados quando o site tem visitas suficientes.",
  },
  baseline: {
    title: "Antes e agora",
    description: "A análise gratuita de {date} ({url}) é o ponto de partida. Compare com a última medição.",
    caption: "Análise inicial comparada com a última medição",
    metric: "Indicador",
    before: "Antes",
    now: "Agora",
  },
};
